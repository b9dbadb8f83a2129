// The xlsx report: 总览 (every county-year × every target), 明细 (one row per verdict, as csv), 数据问题.
// Written row by row with exceljs's streaming writer into memory: the whole-workbook model of a
// national file (270,000 verdicts) takes gigabytes and many minutes; the stream keeps neither.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CheckResult, Verdict } from '../../model/types.js';
import { countyRows } from '../county-rows.js';
import type { BinaryReporter } from '../types.js';
import { textCell } from './cells.js';
import { fillOf, headingRow } from './style.js';
import { HEADINGS, PROBLEM_LEVEL, SCOPE, SEVERITY, SHEETS, STATUS_TEXT, WORDS } from './words.js';

type Sheet = ExcelJS.Worksheet & { commit(): Promise<void> };

export const xlsx: BinaryReporter = async (result) => {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = `${result.tool.name} ${result.tool.version}`;
  const sheet = (name: string, xSplit: number, autoFilterColumns: number, rows: number): Sheet =>
    book.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit, ySplit: 1 }],
      ...(autoFilterColumns > 0 ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: rows + 1, column: autoFilterColumns } } } : {}),
    }) as Sheet;
  await overview(sheet(SHEETS.overview, 3, 0, 0), result);
  await detail(sheet(SHEETS.detail, 0, DETAIL_COLUMNS, result.findings.length), result);
  await problems(sheet(SHEETS.problems, 0, PROBLEM_COLUMNS, result.problems.length), result);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
};

const DETAIL_COLUMNS = 12;
const PROBLEM_COLUMNS = 6;

async function overview(sheet: Sheet, result: CheckResult): Promise<void> {
  sheet.columns = [{ width: 14 }, { width: 8 }, { width: 10 }, ...result.rules.map(() => ({ width: 12 }))];
  const head = sheet.addRow([HEADINGS.county, HEADINGS.year, HEADINGS.met, ...result.rules.map((rule) => textCell(rule.title))]);
  headingRow(head);
  head.height = 60;
  head.commit();
  for (const row of countyRows(result)) {
    const line = sheet.addRow([textCell(row.county ?? ''), row.period ?? row.year, `${row.met}/${row.applicable}`, ...result.rules.map((rule) => STATUS_TEXT[row.byRule.get(rule.id)?.status ?? 'missing'])]);
    result.rules.forEach((rule, index) => {
      line.getCell(index + 4).fill = fillOf(row.byRule.get(rule.id)?.status ?? 'missing');
    });
    line.commit();
  }
  await sheet.commit();
}

async function detail(sheet: Sheet, result: CheckResult): Promise<void> {
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  const headings = [HEADINGS.county, HEADINGS.year, HEADINGS.rule, HEADINGS.title, HEADINGS.status, HEADINGS.severity, HEADINGS.actual, HEADINGS.target, HEADINGS.message, HEADINGS.file, HEADINGS.line, HEADINGS.scope];
  sheet.columns = [14, 8, 36, 30, 12, 8, 12, 12, 50, 30, 8, 10].map((width) => ({ width }));
  const head = sheet.addRow([...headings]);
  headingRow(head);
  head.commit();
  for (const v of result.findings) {
    const line = sheet.addRow([
      textCell(v.county ?? ''),
      v.period ?? v.year,
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
    line.commit();
  }
  await sheet.commit();
}

function figure(value: Verdict['actual']): number | string | null {
  return typeof value === 'boolean' ? (value ? WORDS.yes : WORDS.no) : value;
}

async function problems(sheet: Sheet, result: CheckResult): Promise<void> {
  const headings = [HEADINGS.file, HEADINGS.line, HEADINGS.column, HEADINGS.severity, HEADINGS.code, HEADINGS.message];
  sheet.columns = [36, 8, 24, 8, 24, 80].map((width) => ({ width }));
  const head = sheet.addRow(headings);
  headingRow(head);
  head.commit();
  for (const p of result.problems) {
    sheet.addRow([textCell(p.file), p.line, textCell(p.column ?? ''), PROBLEM_LEVEL[p.level], p.code, textCell(p.message)]).commit();
  }
  await sheet.commit();
}


