// The xlsx report: 总览 (every county-year × every target), 明细 (one row per verdict, as csv), 数据问题.
import ExcelJS from 'exceljs';
import type { CheckResult, Verdict } from '../../model/types.js';
import { scoreboard } from '../scoreboard.js';
import type { Reporter } from '../types.js';
import { textCell } from './cells.js';
import { fillOf, headingRow } from './style.js';
import { HEADINGS, NO, PROBLEM_LEVEL, SCOPE, SEVERITY, SHEETS, STATUS_TEXT, YES } from './words.js';

export const xlsx: Reporter = async (result) => {
  const book = new ExcelJS.Workbook();
  book.creator = `${result.tool.name} ${result.tool.version}`;
  overview(book.addWorksheet(SHEETS.overview, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] }), result);
  detail(book.addWorksheet(SHEETS.detail, { views: [{ state: 'frozen', ySplit: 1 }] }), result);
  problems(book.addWorksheet(SHEETS.problems, { views: [{ state: 'frozen', ySplit: 1 }] }), result);
  return new Uint8Array(await book.xlsx.writeBuffer());
};

function overview(sheet: ExcelJS.Worksheet, result: CheckResult): void {
  sheet.columns = [{ width: 14 }, { width: 8 }, { width: 10 }, ...result.rules.map(() => ({ width: 12 }))];
  headingRow(sheet.addRow([HEADINGS.county, HEADINGS.year, HEADINGS.met, ...result.rules.map((rule) => textCell(rule.title))]));
  sheet.getRow(1).height = 60;
  for (const row of scoreboard(result)) {
    const line = sheet.addRow([textCell(row.county ?? ''), row.year, `${row.met}/${row.applicable}`, ...result.rules.map((rule) => STATUS_TEXT[row.byRule.get(rule.id)?.status ?? 'missing'])]);
    result.rules.forEach((rule, index) => {
      line.getCell(index + 4).fill = fillOf(row.byRule.get(rule.id)?.status ?? 'missing');
    });
  }
}

function detail(sheet: ExcelJS.Worksheet, result: CheckResult): void {
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  const headings = [HEADINGS.county, HEADINGS.year, HEADINGS.rule, HEADINGS.title, HEADINGS.status, HEADINGS.severity, HEADINGS.actual, HEADINGS.target, HEADINGS.message, HEADINGS.file, HEADINGS.line, HEADINGS.scope];
  sheet.columns = [14, 8, 36, 30, 12, 8, 12, 12, 50, 30, 8, 10].map((width) => ({ width }));
  headingRow(sheet.addRow([...headings]));
  for (const v of result.findings) {
    const line = sheet.addRow([
      textCell(v.county ?? ''),
      v.year,
      v.rule,
      textCell(titles.get(v.rule) ?? v.rule),
      STATUS_TEXT[v.status],
      SEVERITY[v.severity],
      figure(v.actual),
      figure(v.target),
      textCell(v.message),
      textCell(v.location?.file ?? ''),
      v.location?.line ?? null,
      SCOPE[v.scope],
    ]);
    line.getCell(5).fill = fillOf(v.status);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, result.findings.length + 1), column: headings.length } };
}

function figure(value: Verdict['actual']): number | string | null {
  return typeof value === 'boolean' ? (value ? YES : NO) : value;
}

function problems(sheet: ExcelJS.Worksheet, result: CheckResult): void {
  const headings = [HEADINGS.file, HEADINGS.line, HEADINGS.column, HEADINGS.severity, HEADINGS.code, HEADINGS.message];
  sheet.columns = [36, 8, 24, 8, 24, 80].map((width) => ({ width }));
  headingRow(sheet.addRow(headings));
  for (const p of result.problems) {
    sheet.addRow([textCell(p.file), p.line, textCell(p.column ?? ''), PROBLEM_LEVEL[p.level], p.code, textCell(p.message)]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, result.problems.length + 1), column: headings.length } };
}


