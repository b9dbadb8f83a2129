// Every county-year of a run with each of its verdicts by rule, in the scoreboard's order: for the
// reports that show all of a row's verdicts (the html matrix and cards, the xlsx overview). Ranked
// exactly as the table and markdown rank, by scoreboard.ts.
import type { CheckResult, Status, ShownVerdict as Verdict } from '../model/types.js';
import { compareScores, countVerdict, placeRows, scoreOf, type RowScore } from './scoreboard.js';

export interface CountyRow extends RowScore {
  /** "file:line" of the row, or its county and year when it has no location. */
  key: string;
  byRule: Map<string, Verdict>;
}

/** Misses listed worst first. */
const MISS_ORDER: Status[] = ['fail', 'invalid', 'missing', 'pending'];

export function countyRows(result: CheckResult): CountyRow[] {
  const rows = new Map<string, CountyRow>();
  for (const verdict of result.findings) {
    if (verdict.scope !== 'county') continue;
    const key = rowKey(verdict);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...scoreOf(verdict), key, byRule: new Map() }));
    row.byRule.set(verdict.rule, verdict);
    countVerdict(row, verdict);
  }
  const ranked = [...rows.values()].sort(compareScores);
  placeRows(ranked);
  for (const row of ranked) sortMisses(row);
  return ranked;
}

/** What tells a county row apart: "file[sheet]:line", or its county and year when it has no location. */
export function rowKey(verdict: Verdict): string {
  const where = verdict.location;
  return where
    ? `${where.file}${where.sheet === undefined ? '' : `[${where.sheet}]`}:${where.line}`
    : `${verdict.county ?? ''}\u0000${verdict.year ?? ''}${verdict.period ?? ''}`;
}

/** A row's misses, worst first (stable: in the order of the rules within a status). */
export function sortMisses(row: Pick<CountyRow, 'misses'>): void {
  row.misses.sort((a, b) => MISS_ORDER.indexOf(a.status) - MISS_ORDER.indexOf(b.status));
}
