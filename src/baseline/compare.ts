// Compares county verdicts with a baseline: what is new, what persists, what was fixed. A run
// compares each verdict as it is made (round/match.ts); this is the same match on a list.
import type { Change, Problem, Verdict } from '../model/types.js';
import { RoundMatch, roundIndex } from '../round/match.js';
import type { Baseline } from './read.js';
import { section } from '../words/words.js';

const WORDS = section('baseline');

export interface Compared {
  findings: Verdict[];
  changes: Record<Change, number>;
  /** baseline-other-pack, when the baseline was made by another pack or version. */
  problems: Problem[];
}

/**
 * Pure: each county verdict gains `change`, matched by county and rule with the baseline's verdict
 * of the same period (year, or month in a monthly table), else of its latest earlier one (last
 * year's report is a baseline for this year's). Passing is `pass`: `fixed` is passing now and not
 * before, `persisting` not passing in both, whatever the status now.
 */
export function compareWithBaseline(
  findings: readonly Verdict[],
  baseline: Baseline,
  current: { packId: string; version: string },
): Compared {
  const match = new RoundMatch(roundIndex(undefined, baseline.findings, ''));
  const out = findings.map((verdict) => match.verdict(verdict));
  return { findings: out, changes: match.account().changes!, problems: baselineNotices(baseline, current) };
}

/** baseline-other-pack, when the baseline was made by another pack or version. */
export function baselineNotices(
  baseline: Pick<Baseline, 'file' | 'pack' | 'tool'>,
  current: { packId: string; version: string },
): Problem[] {
  const otherPack = baseline.pack.id !== current.packId;
  if (!otherPack && baseline.tool.version === current.version) return [];
  const what = otherPack ? WORDS.byPack(baseline.pack.id) : WORDS.byVersion(baseline.tool.version);
  return [
    { file: baseline.file, line: 1, code: 'baseline-other-pack', level: 'notice', message: WORDS.otherPack(what) },
  ];
}
