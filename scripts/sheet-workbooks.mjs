// Makes the workbook fixtures of how offices build a return around its sheet, as LibreOffice saves
// them: a hidden sheet 代码表 (the county list behind the drop-downs) beside the return, and a
// county whose name and code are merged down over its two year rows. The results are checked in
// (CI has no LibreOffice); run this only to remake them:
//   node scripts/sheet-workbooks.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const NAME = 'libreoffice-hidden-code-list-county-merged-over-two-years';

const work = mkdtempSync(join(tmpdir(), 'duibiao-sheets-'));
const [labels, ...rows] = readFileSync(join(FIXTURES, 'sample-prefecture-2022.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const TEXT_COLUMNS = new Set(['县市区', '行政区划代码', '填报日期']);
const text = (value, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${xml(value)}</text:p></table:table-cell>`;
const number = (value) =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
const cellOf = (label, value) =>
  value === ''
    ? '<table:table-cell/>'
    : TEXT_COLUMNS.has(label) || /^[是否]$/.test(value)
      ? text(value)
      : number(value);
const row = (cells) => `<table:table-row>${cells}</table:table-row>`;
const covered = '<table:covered-table-cell/>';

// 云溪县 sends two years: 2021 above 2022, its name and code typed once, merged down over both.
const YEAR = labels.indexOf('年度');
const twoYears = rows.flatMap((values) => {
  if (values[0] !== '云溪县') return [row(values.map((value, i) => cellOf(labels[i], value)).join(''))];
  const earlier = values.map((value, i) => (i === YEAR ? '2021' : value));
  const first = earlier
    .map((value, i) => (i < 2 ? text(value, ' table:number-rows-spanned="2"') : cellOf(labels[i], value)))
    .join('');
  const second = values.map((value, i) => (i < 2 ? covered : cellOf(labels[i], value))).join('');
  return [row(first), row(second)];
});
const codeList = [
  row(text('县市区') + text('行政区划代码')),
  ...rows.map((values) => row(text(values[0]) + text(values[1]))),
];
const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="民政统计表" table:style-name="shown">
${row(labels.map((label) => text(label)).join(''))}
${twoYears.join('\n')}
</table:table>
<table:table table:name="代码表" table:style-name="hidden">
${codeList.join('\n')}
</table:table>
</office:spreadsheet></office:body></office:document>
`;
writeFileSync(join(work, `${NAME}.fods`), fods);
for (const to of ['xlsx', 'xls']) {
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', work, join(work, `${NAME}.fods`)], {
    stdio: 'ignore',
  });
  renameSync(join(work, `${NAME}.${to}`), join(FIXTURES, 'workbooks', `${NAME}.${to}`));
}
