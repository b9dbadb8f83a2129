// The bulletin's one stylesheet: screen and A4 landscape print, colour with a symbol for each verdict.
import { STATUSES } from '../../model/types.js';
import { STATUS_BACKGROUND, STATUS_COLOUR } from './colours.js';

const statusRules = STATUSES.map(
  (status) => `.s-${status}{background:${STATUS_BACKGROUND[status]};color:${STATUS_COLOUR[status]}}`,
).join('\n');

export const STYLE = `
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 1200px; padding: 16px; font-size: 14px; line-height: 1.5; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid #333; padding-bottom: 2px; margin: 24px 0 8px; }
h3 { font-size: 15px; margin: 14px 0 4px; }
.sub { color: #555; margin: 0 0 12px; }
.masthead .issuer { font-size: 16px; font-weight: bold; margin: 0 0 2px; }
.masthead .date { margin: 0; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chips span { display: inline-block; margin: 2px 6px 2px 0; padding: 1px 8px; border-radius: 3px; border: 1px solid currentColor; }
/* A verdict's word is never broken over lines. */
.status, td.status, .county, .who b, .nb { white-space: nowrap; word-break: keep-all; }
span.status { padding: 0 3px; border-radius: 2px; }
.lead { font-size: 15px; line-height: 1.7; text-indent: 2em; margin: 8px 0 12px; }
.verdict { font-weight: bold; }
.matrix { font-size: 12px; }
.matrix th.rule { text-align: center; padding: 2px 1px; min-width: 2em; font-weight: bold; }
.matrix td.mark { text-align: center; padding: 1px; width: 2em; font-weight: bold; }
ol.key { columns: 3; column-gap: 16px; margin: 2px 0; padding: 0; list-style: none; font-size: 12px; }
ol.key li { break-inside: avoid; }
.key p { margin: 4px 0 2px; }
.gap td { text-align: center; color: #555; font-style: italic; }
.legend span { margin-right: 12px; }
.charts { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4px 14px; }
.chart { break-inside: avoid; page-break-inside: avoid; margin-bottom: 6px; }
.chart h3 { margin: 6px 0 0; font-size: 13px; }
.chart .quote { margin: 0; }
.chart .count { font-weight: normal; color: #c62828; font-size: 13px; }
.chart svg { width: 100%; height: auto; display: block; }
.note { color: #555; font-size: 12px; margin: 2px 0; }
table.cards, table.lists { width: 100%; font-size: 12px; }
table.cards td.status, table.cards td.num, table.lists td.num { width: 1%; white-space: nowrap; }
table.lists .quote { margin: 0; }
.who { display: inline-block; }
tbody.card { break-inside: avoid; page-break-inside: avoid; }
tbody.card tr.who-row td { background: #f7f7f7; border-top: 2px solid #666; }
table.cards th, table.lists th { white-space: nowrap; }
table.cards td:nth-child(2) { width: 40%; }
.quote { color: #444; font-size: 12px; }
.met-all { color: #2e7d32; }
/* Sections follow one another on the page: no forced break, so no page is left holding one line.
   A heading stays with what follows it; a table's head row is repeated on each page it runs over. */
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { orphans: 2; widows: 2; }
.key, .met-all, .legend, table.lists tr, .chips { break-inside: avoid; page-break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; line-height: 1.4; }
  .lead { font-size: 12.5px; }
  h2 { font-size: 15px; margin: 12px 0 4px; }
  h3 { font-size: 12px; }
  .matrix { font-size: 10px; }
  .matrix { line-height: 1.2; }
  .matrix td, .matrix th { padding: 0 3px; }
  table.cards, table.lists { font-size: 10px; }
  .quote, .note, ol.key { font-size: 10px; }
  h1 { font-size: 18px; }
  .chart h3 { font-size: 11px; }
  .chart .count { font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
${statusRules}
`;
