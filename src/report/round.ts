// What leads the human reports in a yearly round: the counties that sent nothing, and, against the
// baseline, the misses that are new and those fixed.
import type { CheckResult, Verdict } from '../model/types.js';
import { section } from '../words/words.js';

export interface RoundLead {
  /** "白河县 2022", each expected county-year with no row. */
  notSubmitted: string[];
  fresh: Verdict[];
  fixed: Verdict[];
}

export const ROUND_HEADINGS = section('round');

export function roundLead(result: CheckResult): RoundLead {
  const notSubmitted = result.problems.filter((p) => p.code === 'county-not-submitted').map((p) => p.message);
  const fresh = result.findings.filter((v) => v.change === 'new');
  const fixed = result.findings.filter((v) => v.change === 'fixed');
  return { notSubmitted, fresh, fixed };
}
