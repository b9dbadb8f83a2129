// The same county data as CSV text and as an .xlsx workbook (numbers stored as doubles,
// percentages as fractions in percent cells, dates as serials, yes/no as booleans) gives the
// same verdicts and the same problems, places aside.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import type { CheckResult, FieldSpec } from '../../src/model/types.js';
import { builtin } from '../helpers.js';
import { writeWorkbook, type TestCell } from '../workbook-writer.js';
import { checkFiles } from './pipeline.js';
import { settings } from './settings.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-workbook-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One cell as a county types it: its CSV text and its workbook cell. */
type Both = [csv: string, cell: TestCell];

const serialOf = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const text = (value: string): Both => [value, value === '' ? null : value];
const blankOr = (cell: fc.Arbitrary<Both>) =>
  fc.oneof(
    { weight: 8, arbitrary: cell },
    { weight: 1, arbitrary: fc.constant(text('')) },
    { weight: 1, arbitrary: fc.constantFrom(text('约200'), text('#N/A')) },
  );

function cellOf(field: FieldSpec): fc.Arbitrary<Both> {
  switch (field.name) {
    case 'county':
      return fc.constantFrom('青岚市', '石桥县', '白水县', '云溪县', '松林县').map(text);
    case 'year':
      return fc.constantFrom<Both>(['2022', 2022], ['2021', 2021]);
  }
  switch (field.type) {
    case 'count':
    case 'integer':
      return blankOr(fc.nat(5000).map((n): Both => [String(n), n]));
    case 'amount':
      // Hundredths typed in the office; the workbook holds the nearest double.
      return blankOr(fc.nat(10_000_000).map((n): Both => [String(n / 100), n / 100]));
    case 'percent':
      return blankOr(fc.integer({ min: -50, max: 150 }).map((n): Both => [String(n / 10), { percent: n / 10 / 100 }]));
    case 'yesno':
      return blankOr(fc.boolean().map((yes): Both => (yes ? ['是', { bool: true }] : ['否', { bool: false }])));
    case 'date':
      return blankOr(
        fc.constantFrom('2022-06-30', '2022-12-20', '2023-01-15').map((iso): Both => [iso, { date: serialOf(iso) }]),
      );
    case 'code':
      return fc.constantFrom('439901', '439902', '439903').map(text);
    default:
      return fc.constantFrom('备注', '').map(text);
  }
}

const fields = builtin.fields;
const table = fc.array(fc.tuple(...fields.map(cellOf)), { minLength: 1, maxLength: 12 });

const csvText = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const placeless = (outcome: CheckResult | DuibiaoError) => {
  if (outcome instanceof DuibiaoError) return outcome.code;
  const findings = outcome.findings.map(({ location: _, ...finding }) => finding);
  // A message may name the place of a duplicate's first row: `case-1.csv:2`, `case-1.xlsx 工作表“Sheet1” 第2行`.
  const problems = outcome.problems.map(({ file: _f, sheet: _s, cell: _c, ...problem }) => ({
    ...problem,
    message: problem.message.replace(/case-\d+\.(csv|xlsx)(:\d+| 工作表“Sheet1” 第\d+行)/g, 'case:LINE'),
  }));
  // Their order follows where a reader's batches end, which differs between the two.
  problems.sort(
    (a, b) => a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0) || a.code.localeCompare(b.code),
  );
  return { summary: outcome.summary, exitCode: outcome.exitCode, findings, problems };
};

let n = 0;
describe('the same data as CSV and as .xlsx', () => {
  it('gives the same verdicts and problems, places aside', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const header = fields.map((field) => field.label);
        const csv = join(dir, `case-${n}.csv`);
        const xlsx = join(dir, `case-${n++}.xlsx`);
        writeFileSync(
          csv,
          [header, ...rows.map((row) => row.map(([cell]) => cell))]
            .map((line) => line.map(csvText).join(','))
            .join('\n') + '\n',
        );
        writeFileSync(
          xlsx,
          writeWorkbook([{ name: 'Sheet1', rows: [header, ...rows.map((row) => row.map(([, cell]) => cell))] }]),
        );
        expect(placeless(await checkFiles([xlsx], builtin))).toEqual(placeless(await checkFiles([csv], builtin)));
      }),
      settings(40),
    );
  }, 120_000);
});
