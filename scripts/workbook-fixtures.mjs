// Makes the workbook fixtures that another program saved: writes a return as LibreOffice's flat
// XML (.fods), with a notes sheet, a title row, a percent column, dates, formulas and an error
// value, and has LibreOffice save it and the plain sample as .xlsx and .xls. The results are
// checked in (CI has no LibreOffice); run this only to remake them:
//   node scripts/workbook-fixtures.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert, document, FIXTURES, keep, letter, number, readSample, row, scratch, text } from './ods.mjs';

const work = scratch('workbooks');
const { labels: header, rows } = readSample();

const column = (name) => header.indexOf(name);

function cellOf(name, value, row, sheetRow) {
  if (name === '行政区划代码' || /^[是否]$/.test(value) || !/^[\d.]+$|^\d{4}-\d\d-\d\d$/.test(value))
    return text(value);
  if (name === '填报日期')
    return `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  // Offices type the change in prices into a cell formatted as a percentage: 1.8 % is 0.018.
  if (name === '居民消费价格指数同比涨幅')
    return `<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="${Number(value) / 100}"><text:p>${value}%</text:p></table:table-cell>`;
  // The amount paid is a formula over the amount due (due less what is unpaid), as many forms compute it.
  if (name === '按时足额发放金额') {
    const unpaid = Number(row[column('应发放民生保障资金')]) - Number(value);
    return `<table:table-cell table:formula="of:=[.${letter(column('应发放民生保障资金'))}${sheetRow}]-${unpaid}" office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  }
  // One county's standard was divided by a blank cell: Excel shows #DIV/0!.
  if (name === '低保平均标准' && row[0] === '云溪县')
    return `<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"><text:p>#DIV/0!</text:p></table:table-cell>`;
  return number(value);
}

const returnRows = rows.map((values, i) =>
  row(values.map((value, j) => cellOf(header[j], value, values, i + 3)).join('')),
);
const STYLES = `<number:percentage-style style:name="N10"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N37"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="N10"/>
<style:style style:name="date" style:family="table-cell" style:data-style-name="N37"/>`;
const fods = document(
  `<table:table table:name="填表说明">
${row(text('填表说明'))}
${row(text('1. 本表由各县（市、区）民政局填报，12月20日前报州民政局。'))}
${row(text('2. 金额单位：万元；比例按百分比填写。'))}
</table:table>
<table:table table:name="民政统计表">
${row(text('2022年青岚州民政工作统计表'))}
${row(header.map((label) => text(label)).join(''))}
${returnRows.join('\n')}
</table:table>`,
  STYLES,
);

const returnName = 'libreoffice-notes-sheet-title-percent-dates-formulas-div0';
writeFileSync(join(work, `${returnName}.fods`), fods);
const sample = join(work, 'sample-prefecture-2022.csv');
copyFileSync(join(FIXTURES, 'sample-prefecture-2022.csv'), sample);
for (const to of ['xlsx', 'xls']) {
  convert(join(work, `${returnName}.fods`), to, work);
  // 44,34,76,1: comma-separated, double quotes, UTF-8, from line 1.
  convert(sample, to, work, 'CSV:44,34,76,1');
  keep(work, returnName, to, FIXTURES);
  keep(work, 'sample-prefecture-2022', to, FIXTURES);
}
// LibreOffice 7.4 does not encrypt on --convert-to; the encrypted workbook is built by its test.
