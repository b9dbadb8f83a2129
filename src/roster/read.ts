// Reads the roster of expected counties (--counties): CSV or YAML with the county and its code, by name or label.
import { DuibiaoError, describeFsError, type LocatedMessage } from '../errors.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { ReadContext } from '../read/reader.js';
import { readerOf } from '../read/readers.js';
import { NODE_HOST } from '../read/node-host.js';
import type { InflateBudget } from '../read/zip.js';
import { POLICY_CODES, policyCode, refuseNotRegular } from '../read/input-policy.js';
import { TableRecords } from '../read/records.js';
import { words } from '../words/words.js';
import { ROSTER_WORDS } from './words.js';

export interface RosterEntry {
  county: string;
  code: string | undefined;
  line: number;
}

export interface Roster {
  file: string;
  entries: RosterEntry[];
}

/** More counties than any prefecture, or province, has: the roster is an input from others. */
export const MAX_ROSTER = 10_000;

/** The pack's county and county_code columns, which the roster is read by: the same names and labels. */
export function rosterFields(fields: readonly FieldSpec[]): FieldSpec[] {
  const county = fields.find((f) => f.name === 'county');
  const code = fields.find((f) => f.name === 'county_code');
  return [
    { ...(county ?? { name: 'county', label: '县市区', type: 'text' }), required: true },
    ...(code ? [code] : []),
  ];
}

export async function readRoster(file: string, packFields: readonly FieldSpec[]): Promise<Roster> {
  const fields = rosterFields(packFields);
  const mistakes: LocatedMessage[] = [];
  const onProblem = (p: Problem): void => {
    if (p.level === 'error')
      mistakes.push({ file: p.file, line: p.line, column: p.columnNumber, code: p.code, message: p.message });
  };
  const rows: Row[] = [];
  try {
    await refuseNotRegular(file);
    for await (const batch of rosterRows(file, fields, onProblem)) {
      rows.push(...batch);
      if (rows.length > MAX_ROSTER) throw new DuibiaoError('roster-invalid', ROSTER_WORDS.tooMany(file, MAX_ROSTER));
    }
  } catch (error) {
    // The input policy's refusals keep their codes, as for a data file; the reader's own stop already
    // says what it could not do with the file: the roster names whose file it was.
    // A file not there or not readable (refuseNotRegular lets it through to the reader) is the roster's own mistake.
    const policy =
      error instanceof DuibiaoError && POLICY_CODES.has(error.code) && error.code !== 'file-unreadable'
        ? error.code
        : undefined;
    const code = policy ?? policyCode(error) ?? 'roster-invalid';
    if (error instanceof DuibiaoError)
      throw new DuibiaoError(code, ROSTER_WORDS.cannotRead(error.message), error.details);
    throw new DuibiaoError(code, ROSTER_WORDS.cannotRead(words().cannotRead(file, describeFsError(error))));
  }
  const codeAt = fields.findIndex((f) => f.name === 'county_code');
  const entries: RosterEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.county === null) continue;
    const earlier = seen.get(row.county);
    if (earlier !== undefined)
      mistakes.push({
        file,
        line: row.line,
        code: 'roster-invalid',
        message: ROSTER_WORDS.listedTwice(row.county, earlier),
      });
    seen.set(row.county, row.line);
    const code = codeAt < 0 ? undefined : row.cells[codeAt];
    entries.push({ county: row.county, code: typeof code === 'string' ? code : undefined, line: row.line });
  }
  if (entries.length === 0 && mistakes.length === 0)
    mistakes.push({ file, line: 1, code: 'roster-invalid', message: ROSTER_WORDS.empty });
  if (mistakes.length > 0)
    throw new DuibiaoError('roster-invalid', ROSTER_WORDS.invalid(file, mistakes.length), mistakes);
  return { file, entries };
}

/** The roster's rows, read as a return of its format is: records through the table stage, sheet by sheet. */
async function* rosterRows(
  file: string,
  fields: readonly FieldSpec[],
  onProblem: (p: Problem) => void,
): AsyncGenerator<Row[]> {
  let budget: Promise<InflateBudget> | undefined;
  const context: ReadContext = {
    host: NODE_HOST,
    fields,
    sheets: [],
    problem: onProblem,
    budget: () => (budget ??= import('../read/zip.js').then((zip) => new zip.InflateBudget())),
  };
  for await (const input of readerOf(file).read(file, context)) {
    const opened = await input.open();
    if (!('records' in opened)) {
      yield* opened.rows;
      continue;
    }
    const sheet = input.sheet?.sheet;
    const records = new TableRecords(file, fields, sheet === undefined ? onProblem : (p) => onProblem({ ...p, sheet }));
    for await (const batch of opened.records) yield records.batch(batch);
    yield records.finish();
  }
}
