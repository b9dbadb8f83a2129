// Compares a check's county verdicts with a baseline: what is new, what persists, what was fixed.
import { CHANGES, type Change, type Problem, type Status, type Verdict } from '../model/types.js';
import type { Baseline } from './read.js';
import { section } from '../words/words.js';

const WORDS = section('baseline');
import { monthPeriod } from '../model/tables.js';

/** A verdict's period as a number to order by: its month in a monthly table, else its year. */
function periodKey(verdict: { year: number | null; period?: string | undefined }): number | null {
  return (verdict.period === undefined ? undefined : monthPeriod(verdict.period)) ?? verdict.year;
}

/**
 * A miss, for comparing: a verdict that fails a run, or would but for a waiver. A target not yet
 * due, or not applicable, is no miss.
 */
const MISS: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid', 'waived']);

export interface Compared {
  findings: Verdict[];
  changes: Record<Change, number>;
  /** baseline-other-pack, when the baseline was made by another pack or version. */
  problems: Problem[];
}

/**
 * Pure: each county verdict gains `change`, matched by county and rule with the baseline's verdict
 * of the same period (year, or month in a monthly table), else of its latest earlier one (last
 * year's report is a baseline for this year's).
 */
export function compareWithBaseline(findings: readonly Verdict[], baseline: Baseline, current: { packId: string; version: string }): Compared {
  const years = new Map<string, Map<number, boolean>>();
  for (const old of baseline.findings) {
    if (old.scope !== 'county' || old.county === null || old.year === null) continue;
    const key = `${old.county}\u0000${old.rule}`;
    let byYear = years.get(key);
    if (byYear === undefined) years.set(key, (byYear = new Map<number, boolean>()));
    // Two rows of one county-year in the baseline: a miss in either is a miss.
    const period = periodKey(old)!;
    byYear.set(period, (byYear.get(period) ?? false) || MISS.has(old.status as Status));
  }
  const changes = Object.fromEntries(CHANGES.map((change) => [change, 0])) as Record<Change, number>;
  const out = findings.map((verdict) => {
    if (verdict.scope !== 'county') return verdict;
    const period = periodKey(verdict);
    const before = verdict.county === null || period === null ? undefined : missBefore(years.get(`${verdict.county}\u0000${verdict.rule}`), period);
    const now = MISS.has(verdict.status);
    const change: Change = now ? (before === true ? 'persisting' : 'new') : before === true ? 'fixed' : 'same';
    changes[change]++;
    return { ...verdict, change };
  });
  const problems: Problem[] = [];
  const otherPack = baseline.pack.id !== current.packId;
  if (otherPack || baseline.tool.version !== current.version) {
    const what = otherPack ? WORDS.byPack(baseline.pack.id) : WORDS.byVersion(baseline.tool.version);
    problems.push({ file: baseline.file, line: 1, code: 'baseline-other-pack', level: 'notice', message: WORDS.otherPack(what) });
  }
  return { findings: out, changes, problems };
}

/** Whether the verdict of the same year, else of the latest earlier year, was a miss; undefined when there is none. */
function missBefore(byYear: Map<number, boolean> | undefined, year: number): boolean | undefined {
  if (byYear === undefined) return undefined;
  const same = byYear.get(year);
  if (same !== undefined) return same;
  let latest: number | undefined;
  for (const y of byYear.keys()) if (y < year && (latest === undefined || y > latest)) latest = y;
  return latest === undefined ? undefined : byYear.get(latest);
}
