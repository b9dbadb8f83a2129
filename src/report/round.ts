// What leads the human reports in a yearly round: the counties that sent nothing, and, against the
// baseline, the misses that are new and those fixed. Read one finding at a time, as many as shown.
import type { CheckResult, ShownVerdict as Verdict } from '../model/types.js';
import { MISS_LINES } from './bounds.js';
import { allFindings, allProblems } from './parts.js';
import { section } from '../words/words.js';

/** The first verdicts of a kind, up to the lines a report shows, and how many there are. */
export interface Listed {
  shown: Verdict[];
  count: number;
}

export interface RoundLead {
  /** "白河县 2022", each expected county-year with no row. */
  notSubmitted: string[];
  fresh: Listed;
  fixed: Listed;
}

export const ROUND_HEADINGS = section('round');

export function roundLead(result: CheckResult): RoundLead {
  // Wherever the run keeps its problems: past the first thousands they are on disk.
  const notSubmitted: string[] = [];
  for (const problem of allProblems(result))
    if (problem.code === 'county-not-submitted') notSubmitted.push(problem.message);
  const fresh: Listed = { shown: [], count: 0 };
  const fixed: Listed = { shown: [], count: 0 };
  if (result.summary.changes) {
    for (const verdict of allFindings(result)) {
      const list = verdict.change === 'new' ? fresh : verdict.change === 'fixed' ? fixed : undefined;
      if (list === undefined) continue;
      if (list.shown.length < MISS_LINES) list.shown.push(verdict);
      list.count++;
    }
  }
  return { notSubmitted, fresh, fixed };
}
