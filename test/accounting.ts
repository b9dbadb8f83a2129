// What every report must show: nothing lost, every problem at a place, nothing undecodable shown.
import { CODES } from '../src/model/codes.js';
import { STATUSES, type CheckResult } from '../src/model/types.js';

export type Report = Pick<CheckResult, 'inputs' | 'summary' | 'findings' | 'problems'> &
  Partial<Pick<CheckResult, 'rules'>>;

/** A pack's rules by id with the id of each one's table, and the id of its first table. */
export interface RuleTables {
  tables: ReadonlyMap<string, string>;
  first: string;
  /** The rules that join a monthly series (`join:`): the offset from a verdict's month to the series' month it reads. */
  joins?: ReadonlyMap<string, number>;
}

/** A month (`2022-03`) as year × 12 + month − 1. */
const monthOf = (text: string): number => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;

/**
 * Every way `report` breaks the accounting; empty when it holds. `pack` gives the table of each
 * rule (the built-in pack's yearly return, its monthly price subsidy).
 */
export function accountingBreaks(report: Report, pack: RuleTables, text = JSON.stringify(report)): string[] {
  const breaks: string[] = [];
  const { summary, inputs, findings, problems } = report;
  const read = inputs.reduce((sum, input) => sum + input.rows, 0);
  if (read !== summary.rows) breaks.push(`rows read ${read} ≠ rows judged ${summary.rows}`);
  const everyCounty = findings.filter((f) => f.scope === 'county');
  // A row a joining rule owes and no county sent (a subsidy return of a triggered month) is at no
  // place: a verdict of no row, `missing` (or waived), not counted among the rows' own.
  const owed = new Set(everyCounty.filter((f) => f.location === undefined && pack.joins?.has(f.rule) === true));
  for (const f of owed)
    if ((f.status !== 'missing' && f.status !== 'waived') || f.period === undefined)
      breaks.push(`a verdict of no row that is not a row owed: ${JSON.stringify(f)}`);
  const county = everyCounty.filter((f) => !owed.has(f));
  // A row gets one verdict of each listed rule of its table (a yearly row each yearly rule, a
  // county's monthly row each monthly rule); a row that gets none is named by an error of its own
  // (two rows of one line of YAML, by two; one whose month cannot be read), or is a price index's
  // row, no county's: lent to the verdicts of its month, or named with the others nothing read in
  // one `unjoined-rows` notice that counts them.
  const made = new Map<string, number>();
  for (const f of county) made.set(f.rule, (made.get(f.rule) ?? 0) + 1);
  // The rules listed: those that made a verdict, of any table; the first table's where none did.
  const tableOf = (id: string): string => pack.tables.get(id) ?? pack.first;
  const listed =
    report.rules?.map((rule) => rule.id) ??
    [...pack.tables.keys()].filter((id) => made.has(id) || (made.size === 0 && tableOf(id) === pack.first));
  const tables = new Map<string, string[]>();
  for (const id of listed) tables.set(tableOf(id), [...(tables.get(tableOf(id)) ?? []), id]);
  let judged = 0;
  for (const [table, ids] of tables) {
    const counts = new Set(ids.map((id) => made.get(id) ?? 0));
    if (counts.size !== 1)
      breaks.push(`the rules of ${table} made unequal numbers of verdicts: ${[...counts].join(', ')}`);
    judged += Math.max(...counts);
  }
  if (county.length !== listed.reduce((sum, id) => sum + (made.get(id) ?? 0), 0))
    breaks.push(`${county.length} county verdicts, some of rules not listed`);
  const named = new Set(
    problems.flatMap((p) =>
      p.level === 'error' ? [JSON.stringify([p.file, p.sheet ?? null, p.line, p.code, p.message])] : [],
    ),
  );
  // The rows of a series (a price index) nothing read are named by a notice that counts them.
  const unjoined = problems.reduce((sum, p) => sum + (p.code === 'unjoined-rows' ? (p.rows ?? 0) : 0), 0);
  // Those a joining rule read: at most one a month of the series its verdicts read (others of that month are duplicates, named by an error).
  const series = new Set(
    everyCounty.flatMap((f) => {
      const offset = pack.joins?.get(f.rule);
      return offset === undefined || f.period === undefined ? [] : [monthOf(f.period) + offset];
    }),
  );
  if (judged > summary.rows || judged + named.size + unjoined + series.size < summary.rows)
    breaks.push(
      `${county.length} county verdicts for ${summary.rows} rows × ${listed.length} rules, ${named.size} rows named by an error, ${unjoined} by unjoined-rows, ${series.size} months of a series read`,
    );
  for (const p of problems)
    if (p.code === 'unjoined-rows' && !(Number.isInteger(p.rows) && p.rows! >= 1))
      breaks.push(`unjoined-rows without its number of rows: ${JSON.stringify(p)}`);
  const counted = STATUSES.reduce((sum, status) => sum + summary[status], 0);
  if (counted !== everyCounty.length)
    breaks.push(`summary counts ${counted} verdicts, the report has ${everyCounty.length}`);
  if (summary.problems !== problems.length)
    breaks.push(`summary counts ${summary.problems} problems, the report has ${problems.length}`);
  const files = new Set(inputs.map((input) => input.file));
  for (const f of county) {
    if (!f.location || !files.has(f.location.file) || !(f.location.line >= 1))
      breaks.push(`verdict without a place: ${JSON.stringify(f)}`);
  }
  for (const p of problems) {
    const info = (CODES as Record<string, { kind: string; level?: string }>)[p.code];
    if (!files.has(p.file) || !Number.isInteger(p.line) || p.line < 1)
      breaks.push(`problem without a place: ${JSON.stringify(p)}`);
    if (info?.kind !== 'data' || !info.level?.includes(p.level))
      breaks.push(`problem with an uncatalogued code or level: ${p.code} ${p.level}`);
  }
  if (text.includes('\uFFFD')) breaks.push('U+FFFD in the report');
  return breaks;
}
