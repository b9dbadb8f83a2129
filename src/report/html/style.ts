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
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chips span { display: inline-block; margin: 2px 6px 2px 0; padding: 1px 8px; border-radius: 3px; border: 1px solid currentColor; }
.verdict { font-weight: bold; }
.matrix { table-layout: fixed; font-size: 12px; }
.matrix th.rule { writing-mode: vertical-rl; height: 10em; padding: 4px 1px; font-weight: normal; }
.matrix td.mark { text-align: center; padding: 1px; width: 2.2em; font-weight: bold; }
.gap td { text-align: center; color: #555; font-style: italic; }
.legend span { margin-right: 12px; }
.chart { break-inside: avoid; page-break-inside: avoid; margin-bottom: 10px; }
.chart svg { width: 100%; height: auto; max-width: 1000px; display: block; }
.note { color: #555; font-size: 12px; margin: 2px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 10px; }
.card { border: 1px solid #999; border-radius: 4px; padding: 6px 10px; break-inside: avoid; page-break-inside: avoid; }
.card h3 { margin: 0 0 4px; }
.card table { width: 100%; font-size: 12px; }
.quote { color: #444; font-size: 12px; }
.met-all { color: #2e7d32; }
section + section { break-before: page; page-break-before: always; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .matrix { font-size: 10px; }
  .cards { grid-template-columns: 1fr 1fr; }
  h2 { margin-top: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
${statusRules}
`;
