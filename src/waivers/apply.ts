// Waivers applied to verdicts already made: an unexpired waiver turns a county miss into `waived`.
// A run applies them as it makes each verdict (round/match.ts); this is the same match on a list.
import type { Problem, Verdict } from '../model/types.js';
import { RoundMatch, roundIndex, type RoundIndex } from '../round/match.js';
import type { Waiver } from './load.js';
import { WAIVER_WORDS } from './words.js';

export interface Waived {
  findings: Verdict[];
  /** waiver-expired and waiver-unused notices, one per waiver, in file order. */
  problems: Problem[];
}

/** Pure: the verdicts with waivers applied at `asOf` (YYYY-MM-DD; a waiver holds through its expiry day). */
export function applyWaivers(findings: readonly Verdict[], waivers: readonly Waiver[], asOf: string): Waived {
  const index = roundIndex(waivers, undefined, asOf);
  const match = new RoundMatch(index);
  const out = findings.map((verdict) => match.verdict(verdict));
  return { findings: out, problems: waiverNotices(index, match.account().used) };
}

/** The notices of a round's waivers: each expired one, and each unexpired one that waived nothing (`used`: the places of those that did). */
export function waiverNotices(index: Pick<RoundIndex, 'waivers' | 'asOf'>, used: readonly number[]): Problem[] {
  const usedSet = new Set(used);
  const problems: Problem[] = [];
  index.waivers.forEach((waiver, i) => {
    const where = { file: waiver.file, line: waiver.line, column: 'rule' };
    if (waiver.expires < index.asOf)
      problems.push({
        ...where,
        code: 'waiver-expired',
        level: 'notice',
        message: WAIVER_WORDS.expired(waiver, index.asOf),
      });
    else if (!usedSet.has(i))
      problems.push({ ...where, code: 'waiver-unused', level: 'notice', message: WAIVER_WORDS.unused(waiver) });
  });
  return problems;
}
