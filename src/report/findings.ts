// Which verdicts and problems a CI report raises, and at what level: one answer for every format.
import type { Problem, ShownVerdict as Verdict } from '../model/types.js';

export type Level = 'error' | 'warning' | 'note';

/** A county verdict someone has to act on: not met, not judged, not yet due, or waived for a time. */
export function isMiss(verdict: Verdict): boolean {
  return verdict.scope === 'county' && verdict.status !== 'pass' && verdict.status !== 'not_applicable';
}

/** A miss at its rule's severity; a target not yet due is only a note. */
export function verdictLevel(verdict: Verdict): Level {
  return verdict.status === 'pending' || verdict.status === 'waived' ? 'note' : verdict.severity;
}

export function problemLevel(problem: Pick<Problem, 'level'>): Level {
  return problem.level === 'error' ? 'error' : 'note';
}
