// Makes the workbook forms of the 9-county roster, as LibreOffice saves them (a county office keeps
// its roster in Excel): fixtures/round/roster-9-counties.csv opened and saved as .xlsx and .xls, the
// codes as text. The results are checked in (CI has no LibreOffice); run this only to remake them:
//   node scripts/roster-workbooks.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert, FIXTURES, keep, scratch } from './ods.mjs';

const ROUND = join(FIXTURES, 'round');
const NAME = 'roster-9-counties';
const work = scratch('roster');
copyFileSync(join(ROUND, `${NAME}.csv`), join(work, `${NAME}.csv`));
for (const to of ['xlsx', 'xls']) {
  // 44,34,76,1,1/2/2/2: comma-separated, double quotes, UTF-8, from line 1, columns 1 and 2 as
  // text (as an office formats a code column).
  convert(join(work, `${NAME}.csv`), to, work, 'CSV:44,34,76,1,1/2/2/2');
  keep(work, NAME, to, ROUND);
}
