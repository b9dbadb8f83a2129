// Makes the workbook forms of the 9-county roster, as LibreOffice saves them (a county office keeps
// its roster in Excel): fixtures/round/roster-9-counties.csv opened and saved as .xlsx and .xls, the
// codes as text. The results are checked in (CI has no LibreOffice); run this only to remake them:
//   node scripts/roster-workbooks.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROUND = new URL('../fixtures/round/', import.meta.url).pathname;
const NAME = 'roster-9-counties';
const work = mkdtempSync(join(tmpdir(), 'duibiao-roster-'));
copyFileSync(join(ROUND, `${NAME}.csv`), join(work, `${NAME}.csv`));
for (const to of ['xlsx', 'xls']) {
  // 44,34,76,1,1/2/2/2: comma-separated, double quotes, UTF-8, from line 1, columns 1 and 2 as text (as an office formats a code column).
  execFileSync(
    'soffice',
    [
      '--headless',
      '--infilter=CSV:44,34,76,1,1/2/2/2',
      '--convert-to',
      to,
      '--outdir',
      work,
      join(work, `${NAME}.csv`),
    ],
    { stdio: 'ignore' },
  );
  renameSync(join(work, `${NAME}.${to}`), join(ROUND, `${NAME}.${to}`));
}
