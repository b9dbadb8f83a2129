// Every verdict as a spreadsheet row, safe to open in Excel; written a batch of rows at a time.
import type { ShownVerdict as Verdict } from '../model/types.js';
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

/** Records joined at a time: one chunk of output, however many verdicts there are. */
const BATCH = 1000;

export const csv: Reporter = function* (result) {
  // A workbook's rows are found by sheet and line: the column is there when a sheet was read.
  const sheets = result.inputs.some((input) => input.sheet !== undefined);
  const columns = sheets ? [...COLUMNS.slice(0, 9), 'sheet', ...COLUMNS.slice(9)] : [...COLUMNS];
  // Excel reads a file without a BOM in the system's code page, and the Chinese turns to noise.
  let lines = [`\uFEFF${csvRecord(columns)}`];
  const line = verdictLine(sheets);
  for (const verdict of allFindings(result)) {
    lines.push(line(verdict));
    if (lines.length === BATCH) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
};

type Field = string | number | boolean | null | undefined;

/**
 * A verdict's record, as `csvRecord(record(verdict, sheets))` writes it (a test holds the two
 * equal), without the array of fields: what repeats from verdict to verdict is made once: a
 * row's county and year, and its place (file, sheet, line), for each of its verdicts; a rule's
 * status and severity; the words of the pack, the run and the statuses.
 */
export function verdictLine(sheets: boolean): (verdict: Verdict) => string {
  // Words from the pack, the run and the statuses: a few dozen at most.
  const known = new Map<string, string>();
  const word = (value: string): string => {
    let field = known.get(value);
    if (field === undefined) known.set(value, (field = csvField(value)));
    return field;
  };
  // A rule's fields with its status and severity, by rule: a few per rule.
  const judged = new Map<string, { status: string; severity: string; fields: string }[]>();
  const ruleFields = (verdict: Verdict): string => {
    let made = judged.get(verdict.rule);
    if (made === undefined) judged.set(verdict.rule, (made = []));
    for (const one of made) if (one.status === verdict.status && one.severity === verdict.severity) return one.fields;
    const fields = `${word(verdict.rule)},${word(verdict.status)},${word(verdict.severity)}`;
    made.push({ status: verdict.status, severity: verdict.severity, fields });
    return fields;
  };
  let county: string | null | undefined;
  let year: number | null | undefined;
  let period: string | undefined;
  let who = '';
  let file: string | undefined;
  let sheet: string | undefined;
  let line = -1;
  let place = '';
  return (verdict) => {
    const location = verdict.location;
    if (verdict.county !== county || verdict.year !== year || verdict.period !== period) {
      county = verdict.county;
      year = verdict.year;
      period = verdict.period;
      who = `${csvField(county)},${period === undefined ? csvField(year) : csvField(period)}`;
    }
    let where: string;
    if (location === undefined) where = sheets ? ',,' : ',';
    else {
      if (location.line !== line || location.file !== file || location.sheet !== sheet) {
        file = location.file;
        sheet = location.sheet;
        line = location.line;
        place = `${word(file)}${sheets ? `,${sheet === undefined ? '' : word(sheet)}` : ''},${line}`;
      }
      where = place;
    }
    const change = verdict.change;
    return `${who},${ruleFields(verdict)},${csvField(verdict.actual)},${csvField(verdict.target)},${csvField(verdict.message)},${where},${word(verdict.scope)},${verdict.waiver ? csvField(waiverText(verdict.waiver)) : ''},${change === undefined ? '' : word(change)}\r\n`;
  };
}

/** A verdict's fields, in the order of the columns. */
export function record(verdict: Verdict, sheets: boolean): Field[] {
  const location = verdict.location;
  const fields: Field[] = [
    verdict.county,
    // A monthly table's verdict is of a month: the column says `2022-03`.
    verdict.period ?? verdict.year,
    verdict.rule,
    verdict.status,
    verdict.severity,
    verdict.actual,
    verdict.target,
    verdict.message,
    location?.file,
  ];
  if (sheets) fields.push(location?.sheet);
  fields.push(location?.line, verdict.scope, verdict.waiver ? waiverText(verdict.waiver) : null, verdict.change);
  return fields;
}

/**
 * One record, as csv-stringify writes it with Windows line ends and its escape_formulas (a test
 * holds the two equal): a field with a comma, a quote or a CR LF is quoted; text that a
 * spreadsheet would run as a formula (a leading =, +, -, @, tab, CR, their full-width forms, or a
 * line feed) gets an apostrophe before it; a blank is empty.
 */
export function csvRecord(fields: readonly Field[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += csvField(fields[i]);
  }
  return `${line}\r\n`;
}

// With Windows line ends set, csv-stringify quotes a field for a comma, a quote or a CR LF, not a lone CR or LF.
const QUOTED = /[",]|\r\n/;

/** Whether text that starts with this UTF-16 unit is a formula to a spreadsheet: = + - @ tab CR LF, or their full-width forms. */
function formulaStart(unit: number): boolean {
  switch (unit) {
    case 0x3d:
    case 0x2b:
    case 0x2d:
    case 0x40:
    case 0x09:
    case 0x0d:
    case 0x0a:
    case 0xff1d:
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
      return true;
    default:
      return false;
  }
}

function csvField(value: Field): string {
  if (value === null || value === undefined) return '';
  // A number's or a yes/no's text needs neither quotes nor an apostrophe (a negative number is a number).
  if (typeof value !== 'string') return String(value);
  if (value === '') return '';
  const quoted = QUOTED.test(value);
  let text = formulaStart(value.charCodeAt(0)) ? `'${value}` : value;
  if (quoted) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}
