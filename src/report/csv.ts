// Every verdict as a spreadsheet row, safe to open in Excel; written a batch of rows at a time.
import { stringify } from 'csv-stringify/sync';
import type { Verdict } from '../model/types.js';
import { allFindings } from './parts.js';
import type { Reporter } from './types.js';
import { waiverText } from './words.js';

const COLUMNS = [
  'county',
  'year',
  'rule',
  'status',
  'severity',
  'actual',
  'target',
  'message',
  'file',
  'line',
  'scope',
  'waiver',
  'change',
] as const;

/** Records stringified at a time: one chunk of output, however many verdicts there are. */
const BATCH = 1000;

export const csv: Reporter = function* (result) {
  let batch: ReturnType<typeof record>[] = [];
  let first = true;
  // A workbook's rows are found by sheet and line: the column is there when a sheet was read.
  const columns = result.inputs.some((input) => input.sheet !== undefined)
    ? [...COLUMNS.slice(0, 9), 'sheet', ...COLUMNS.slice(9)]
    : [...COLUMNS];
  const chunk = (): string => {
    const text = stringify(batch, { ...OPTIONS, columns, header: first, bom: first });
    first = false;
    batch = [];
    return text;
  };
  for (const verdict of allFindings(result)) {
    batch.push(record(verdict));
    if (batch.length === BATCH) yield chunk();
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- chunk() sets it false; TS does not follow the closure
  if (batch.length > 0 || first) yield chunk();
};

const OPTIONS = {
  // Excel reads a file without a BOM in the system's code page, and the Chinese turns to noise.
  record_delimiter: 'windows',
  // Puts an apostrophe before a leading =, +, -, @, tab or CR (and the full-width ＝＋－＠),
  // so that Excel shows the text instead of running it as a formula.
  escape_formulas: true,
  cast: { string: neutraliseLineFeed, boolean: String },
} as const;

function record(verdict: Verdict): Record<(typeof COLUMNS)[number] | 'sheet', string | number | boolean | null> {
  return {
    county: verdict.county,
    // A monthly table's verdict is of a month: the column says `2022-03`.
    year: verdict.period ?? verdict.year,
    rule: verdict.rule,
    status: verdict.status,
    severity: verdict.severity,
    actual: verdict.actual,
    target: verdict.target,
    message: verdict.message,
    file: verdict.location?.file ?? null,
    sheet: verdict.location?.sheet ?? null,
    line: verdict.location?.line ?? null,
    scope: verdict.scope,
    waiver: verdict.waiver ? waiverText(verdict.waiver) : null,
    change: verdict.change ?? null,
  };
}

/** The one formula trigger escape_formulas leaves alone: a leading line feed. */
function neutraliseLineFeed(value: string): string {
  return value.startsWith('\n') ? `'${value}` : value;
}
