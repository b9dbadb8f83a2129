// Makes the workbook fixtures of how offices build a return around its sheet, as LibreOffice saves
// them: a hidden sheet 代码表 (the county list behind the drop-downs) beside the return, and a
// county whose name and code are merged down over its two year rows. The results are checked in
// (CI has no LibreOffice); run this only to remake them:
//   node scripts/sheet-workbooks.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cellOf,
  convert,
  covered,
  document,
  FIXTURES,
  keep,
  readSample,
  row,
  scratch,
  SHEET_STYLES,
  text,
} from './ods.mjs';

const NAME = 'libreoffice-hidden-code-list-county-merged-over-two-years';

const work = scratch('sheets');
const { labels, rows } = readSample();

// 云溪县 sends two years: 2021 above 2022, its name and code typed once, merged down over both.
const YEAR = labels.indexOf('年度');
const twoYears = rows.flatMap((values) => {
  if (values[0] !== '云溪县') return [row(values.map((value, i) => cellOf(labels[i], value)).join(''))];
  const earlier = values.map((value, i) => (i === YEAR ? '2021' : value));
  const first = earlier
    .map((value, i) => (i < 2 ? text(value, ' table:number-rows-spanned="2"') : cellOf(labels[i], value)))
    .join('');
  const second = values.map((value, i) => (i < 2 ? covered() : cellOf(labels[i], value))).join('');
  return [row(first), row(second)];
});
const codeList = [
  row(text('县市区') + text('行政区划代码')),
  ...rows.map((values) => row(text(values[0]) + text(values[1]))),
];
const fods = document(
  `<table:table table:name="民政统计表" table:style-name="shown">
${row(labels.map((label) => text(label)).join(''))}
${twoYears.join('\n')}
</table:table>
<table:table table:name="代码表" table:style-name="hidden">
${codeList.join('\n')}
</table:table>`,
  SHEET_STYLES,
);
writeFileSync(join(work, `${NAME}.fods`), fods);
for (const to of ['xlsx', 'xls']) {
  convert(join(work, `${NAME}.fods`), to, work);
  keep(work, NAME, to, join(FIXTURES, 'workbooks'));
}
