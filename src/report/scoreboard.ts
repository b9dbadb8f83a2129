// The county-years of a run, each with its verdicts by rule, ranked by the targets they meet.
import type { CheckResult, Status, Verdict } from '../model/types.js';

export interface CountyRow {
  county: string | null;
  year: number | null;
  /** "file:line" of the row, or its place when it has no location. */
  key: string;
  byRule: Map<string, Verdict>;
  /** Targets met, of those that apply (every status but not_applicable). */
  met: number;
  applicable: number;
  /** Verdicts someone has to act on: not met, not judged, or not yet due. */
  misses: Verdict[];
  /** 1-based place within its year. */
  rank: number;
}

const MISS_ORDER: Status[] = ['fail', 'invalid', 'missing', 'pending'];

/**
 * Ranks within each year, latest year first: the larger share of applicable targets met first,
 * then the more targets met, then the fewer fails, then the name; rows equal on all three share a place.
 */
export function scoreboard(result: CheckResult): CountyRow[] {
  const rows = new Map<string, CountyRow>();
  for (const verdict of result.findings) {
    if (verdict.scope !== 'county') continue;
    const key = verdict.location ? `${verdict.location.file}:${verdict.location.line}` : `${verdict.county ?? ''}\u0000${verdict.year ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { county: verdict.county, year: verdict.year, key, byRule: new Map(), met: 0, applicable: 0, misses: [], rank: 0 }));
    row.byRule.set(verdict.rule, verdict);
    if (verdict.status !== 'not_applicable') row.applicable++;
    if (verdict.status === 'pass') row.met++;
    else if (verdict.status !== 'not_applicable') row.misses.push(verdict);
  }
  const ranked = [...rows.values()].sort(compare);
  let previous: CountyRow | undefined;
  let yearStart = 0;
  ranked.forEach((row, index) => {
    if (!previous || previous.year !== row.year) yearStart = index;
    const tied = previous !== undefined && previous.year === row.year && share(previous) === share(row) && previous.met === row.met && fails(previous) === fails(row);
    row.rank = tied ? previous!.rank : index - yearStart + 1;
    previous = row;
  });
  for (const row of ranked) row.misses.sort((a, b) => MISS_ORDER.indexOf(a.status) - MISS_ORDER.indexOf(b.status));
  return ranked;
}

function share(row: CountyRow): number {
  return row.applicable === 0 ? 1 : row.met / row.applicable;
}

function fails(row: CountyRow): number {
  return row.misses.filter((v) => v.status === 'fail').length;
}

function compare(a: CountyRow, b: CountyRow): number {
  return (b.year ?? -1) - (a.year ?? -1) || share(b) - share(a) || b.met - a.met || fails(a) - fails(b) || (a.county ?? '').localeCompare(b.county ?? '', 'zh') || a.key.localeCompare(b.key);
}
