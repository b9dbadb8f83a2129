// Makes the workbook forms of the layout fixtures, as LibreOffice saves them: each layout CSV
// (title and unit lines, a two-level header, units in labels, 合计/小计 rows, a footer …) opened
// and saved as .xlsx and .xls; and one return laid out as a county office lays it out in a
// spreadsheet, with merged title and group cells, labels carrying their units, a 合计 row of SUM
// formulas and a signed footer. The results are checked in (CI has no LibreOffice); run this only
// to remake them:
//   node scripts/layout-workbooks.mjs   (needs soffice: apt-get install libreoffice-calc-nogui)
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  convert,
  covered,
  cellOf,
  document,
  FIXTURES,
  keep,
  letter,
  number,
  readSample,
  row,
  scratch,
  text,
  TEXT_COLUMNS,
} from './ods.mjs';

/** The layout fixtures whose workbook forms test/e2e/layout-workbooks.test.ts checks against them. */
const LAYOUTS = [
  'title-and-unit-line-above-header',
  'two-level-header-merged-cells',
  'units-in-labels-and-column-numbers',
  'total-and-subtotal-rows-with-a-mismatch',
  'footer-signature-date-and-notes',
  'same-code-under-two-names',
  'total-from-one-of-eight-rows',
  'dotted-report-dates',
  'cells-as-offices-type-them',
  'full-width-digits',
  'total-right-under-header-with-a-mismatch',
  'total-and-subtotals-above-their-blocks',
  'breakdown-rows-under-counties-gbk',
  'units-and-ten-thousands-in-cells',
  'year-only-in-title-gbk',
  'header-line-missing',
];
const REAL_RETURN = 'libreoffice-merged-title-groups-units-total-formulas-footer';

const work = scratch('layouts');
const WORKBOOKS = join(FIXTURES, 'workbooks');

for (const name of LAYOUTS) {
  // A GBK fixture is handed to LibreOffice as UTF-8, the one charset the filter below names.
  if (name.endsWith('-gbk'))
    writeFileSync(
      join(work, `${name}.csv`),
      new TextDecoder('gbk').decode(readFileSync(join(FIXTURES, `${name}.csv`))),
    );
  else copyFileSync(join(FIXTURES, `${name}.csv`), join(work, `${name}.csv`));
  for (const to of ['xlsx', 'xls']) {
    // 44,34,76,1: comma-separated, double quotes, UTF-8, from line 1.
    convert(join(work, `${name}.csv`), to, work, 'CSV:44,34,76,1');
    keep(work, name, to, WORKBOOKS);
  }
}

// The real return: the 8-county sample's figures, laid out as a statistical return.
const { labels, rows } = readSample();
const UNITS = {
  监测发现符合救助条件人数: '人',
  其中已纳入救助人数: '人',
  低保平均标准: '元/人·月',
  上年低保平均标准: '元/人·月',
  乡镇: '个',
  行政村总数: '个',
  建有互助养老服务点的行政村数: '个',
  应发放民生保障资金: '万元',
  按时足额发放金额: '万元',
};
const withUnit = (label) => (Object.hasOwn(UNITS, label) ? `${label}（${UNITS[label]}）` : label);
const GROUPS = [
  ['社会救助', labels.indexOf('监测发现符合救助条件人数'), labels.indexOf('当月足额发放价格临时补贴月数')],
  ['养老服务', labels.indexOf('乡镇(街道)总数'), labels.indexOf('养老机构安全责任事故数')],
  ['残疾人工作', labels.indexOf('有康复需求的持证残疾人数'), labels.indexOf('其中已获救助人数')],
  ['资金与安全', labels.indexOf('应发放民生保障资金'), labels.length - 1],
];
const SUMMED = (label) => !TEXT_COLUMNS.has(label) && label !== '年度' && !/标准|涨幅|月数|已出台|已建成/.test(label);
const width = labels.length + 1;
const firstData = 5;
const lastData = firstData + rows.length - 1;
const groupCells = [
  text('序号', ' table:number-rows-spanned="2"'),
  ...labels.map((label, i) => {
    const group = GROUPS.find(([, from]) => from === i);
    if (group)
      return (
        text(group[0], ` table:number-columns-spanned="${group[2] - group[1] + 1}"`) + covered(group[2] - group[1])
      );
    if (GROUPS.some(([, from, to]) => i > from && i <= to)) return '';
    return text(withUnit(label), ' table:number-rows-spanned="2"');
  }),
].join('');
const labelCells = [
  covered(1),
  ...labels.map((label, i) =>
    GROUPS.some(([, from, to]) => i >= from && i <= to) ? text(withUnit(label)) : covered(1),
  ),
].join('');
const dataRows = rows.map((values, r) =>
  row([number(r + 1), ...values.map((value, i) => cellOf(labels[i], value))].join('')),
);
const totalRow = row(
  [
    text(''),
    text('合计'),
    text(''),
    number(2022),
    text(''),
    ...labels.slice(4).map((label, i) => {
      const column = letter(i + 5);
      return SUMMED(label)
        ? `<table:table-cell table:formula="of:=SUM([.${column}${firstData}:.${column}${lastData}])" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>`
        : text('');
    }),
  ].join(''),
);
const fods = document(`<table:table table:name="Sheet1">
${row(text('2022年青岚州民政和残疾人工作主要指标统计表', ` table:number-columns-spanned="${width}"`) + covered(width - 1))}
${row(text('填报单位：青岚州民政局', ' table:number-columns-spanned="10"') + covered(9) + text('单位：个、人、万元'))}
${row(groupCells)}
${row(labelCells)}
${dataRows.join('\n')}
${totalRow}
${row(text('填表人：王五') + text('') + text('审核人：赵六') + text('') + text('填报日期：2023年1月5日'))}
</table:table>`);
writeFileSync(join(work, `${REAL_RETURN}.fods`), fods);
for (const to of ['xlsx', 'xls']) {
  convert(join(work, `${REAL_RETURN}.fods`), to, work);
  keep(work, REAL_RETURN, to, WORKBOOKS);
}
