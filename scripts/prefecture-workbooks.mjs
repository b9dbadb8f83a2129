// Makes the prefecture's return as a 民政 office lays it out and sends it up, from the 8-county
// sample's real figures (fixtures/sample-prefecture-2022.csv), as LibreOffice saves it:
//   - a title merged across the table that names the year, 2022年青岚州民政和残疾人工作主要指标统计表;
//     there is no 年度 column: a yearly return names its year once, in the title;
//   - a 填报单位 / 单位 line;
//   - a two-level header: 序号, 县市区 and 行政区划代码 merged down over both header rows, the
//     figures under their group (社会救助, 养老服务, …) merged across, labels carrying their units.
//     These are the merges every office makes. A county is never merged over its 其中 rows: each
//     其中 row has its own label (其中：城市, then 农村 indented) in the 县市区 column;
//   - the 合计 first, right under the header, written over 序号 and 县市区 merged across (as offices
//     write it), each figure a formula adding up the county rows only (the 其中 rows between them
//     are not in it), so LibreOffice stores the computed values;
//   - 其中：城市 / 农村 rows under 青岚市 and 梅江区, splitting the people counted;
//   - a hidden sheet 代码表, the county list behind the drop-downs;
//   - a 填表人 / 审核人 / 填报日期 footer.
// Saved as .xlsx and .xls in fixtures/workbooks/, and as fixtures/prefecture-return-2022-gbk.csv,
// the same return as Excel's "CSV (逗号分隔)" saves it on a Chinese Windows: GBK, CRLF, each cell
// as shown, a merged range's value in its first cell only. A second form has one 合计 figure typed
// over its formula, wrong (…-wrong-total.xlsx). The results are checked in (CI has no
// LibreOffice); run this only to remake them:
//   node scripts/prefecture-workbooks.mjs   (needs soffice and iconv)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  blank,
  cellOf,
  convert,
  covered,
  document,
  FIXTURES,
  keep,
  letter,
  number,
  readSample,
  row,
  scratch,
  SHEET_STYLES,
  text,
  TEXT_COLUMNS,
} from './ods.mjs';

const NAME = 'prefecture-return-2022';
const work = scratch('prefecture');

const { labels: allLabels, rows: allRows } = readSample();
const YEAR = allLabels.indexOf('年度');
const labels = allLabels.filter((_, i) => i !== YEAR);
const rows = allRows.map((row) => row.filter((_, i) => i !== YEAR));
const UNITS = {
  监测发现符合救助条件人数: '人',
  其中已纳入救助人数: '人',
  低保平均标准: '元/人·月',
  上年低保平均标准: '元/人·月',
  '乡镇(街道)总数': '个',
  行政村总数: '个',
  建有互助养老服务点的行政村数: '个',
  物价联动机制启动月数: '个月',
  当月足额发放价格临时补贴月数: '个月',
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
/** 其中 rows: under which county, their labels, and the people counts they split (the rest blank). */
const BREAKDOWNS = {
  青岚市: [
    ['其中：城市', { 监测发现符合救助条件人数: 2710, 其中已纳入救助人数: 2710 }],
    ['　　　农村', { 监测发现符合救助条件人数: 1808, 其中已纳入救助人数: 1808 }],
  ],
  梅江区: [
    ['其中：城市', { 监测发现符合救助条件人数: 1620, 其中已纳入救助人数: 1620 }],
    ['　　　农村', { 监测发现符合救助条件人数: 255, 其中已纳入救助人数: 255 }],
  ],
};
/** The columns a 合计 adds up: counts and money, not standards, rates, months or 是/否. */
const SUMMED = (label) => !TEXT_COLUMNS.has(label) && !/标准|涨幅|月数|已出台|已建成/.test(label);
const width = labels.length + 1;

// The sheet's rows, 1-based: title, unit line, two header rows, the 合计 (5), then the counties.
const TOTAL = 5;
const body = [];
const countyLines = [];
rows.forEach((values, r) => {
  countyLines.push(TOTAL + 1 + body.length);
  body.push(row([number(r + 1), ...values.map((value, i) => cellOf(labels[i], value))].join('')));
  for (const [label, figures] of BREAKDOWNS[values[0]] ?? []) {
    body.push(
      row(
        [
          blank,
          text(label),
          ...labels.slice(1).map((name) => (Object.hasOwn(figures, name) ? number(figures[name]) : blank)),
        ].join(''),
      ),
    );
  }
});

function fods(wrongTotal) {
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
  const totalCells = [
    text('合计', ' table:number-columns-spanned="2"'),
    covered(1),
    ...labels.slice(1).map((label, i) => {
      if (!SUMMED(label)) return blank;
      if (wrongTotal && label === wrongTotal.label) return number(wrongTotal.value);
      const column = letter(i + 2);
      const cells = countyLines.map((line) => `[.${column}${line}]`).join(';');
      return `<table:table-cell table:formula="of:=SUM(${cells})" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>`;
    }),
  ].join('');
  const codeList = [
    row(text('县市区') + text('行政区划代码')),
    ...rows.map((values) => row(text(values[0]) + text(values[1]))),
  ];
  return document(
    `<table:table table:name="主要指标" table:style-name="shown">
${row(text('2022年青岚州民政和残疾人工作主要指标统计表', ` table:number-columns-spanned="${width}"`) + covered(width - 1))}
${row(text('填报单位：青岚州民政局（盖章）', ' table:number-columns-spanned="10"') + covered(9) + text('单位：个、人、元/人·月、万元'))}
${row(groupCells)}
${row(labelCells)}
${row(totalCells)}
${body.join('\n')}
${row(text('填表人：王五') + blank + text('审核人：赵六') + blank + text('填报日期：2023年1月5日'))}
</table:table>
<table:table table:name="代码表" table:style-name="hidden">
${codeList.join('\n')}
</table:table>`,
    SHEET_STYLES,
  );
}

const make = (name, wrongTotal, formats) => {
  writeFileSync(join(work, `${name}.fods`), fods(wrongTotal));
  for (const to of formats) {
    convert(join(work, `${name}.fods`), to, work);
    keep(work, name, to, join(FIXTURES, 'workbooks'));
  }
};
make(NAME, undefined, ['xlsx', 'xls']);
// 失能半失能特困人员数 typed over its formula as 1881, two digits swapped: the counties add up to 1818.
make(`${NAME}-wrong-total`, { label: '失能半失能特困人员数', value: 1881 }, ['xlsx']);

// The CSV: the workbook's shown sheet as LibreOffice writes it (44,34,76,1,,0,false,true,true:
// comma, double quote, UTF-8, from line 1, cells as shown), then put in GBK with CRLF as Excel does.
convert(
  join(FIXTURES, 'workbooks', `${NAME}.xlsx`),
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
  work,
);
const utf8 = readFileSync(join(work, `${NAME}.csv`), 'utf8').replace(/\r?\n/g, '\r\n');
writeFileSync(join(work, `${NAME}-crlf.csv`), utf8);
writeFileSync(
  join(FIXTURES, `${NAME}-gbk.csv`),
  execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', join(work, `${NAME}-crlf.csv`)]),
);
