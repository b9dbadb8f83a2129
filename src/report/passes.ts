// How many times each format's report passes over the kept rows of a large run (run/row-store.ts,
// each pass judging every row again), for the progress line's share of its writing: the rows
// passed over against the rows kept × these passes (run/row-meter.ts). Counted from the reporters
// as they are, and checked against them (test/unit/report-passes.test.ts): a report that comes to
// make more passes than said shows no share rather than a wrong one.
import type { CheckResult } from '../model/types.js';
import type { FormatName } from './index.js';

/** A pass made ahead of the report (cli/check.ts), once for the run: a second report that needs it makes it no more. */
export type AheadPass = 'scoreboard' | 'bulletin';

export interface FormatPasses {
  ahead?: AheadPass;
  /** The report's own passes, besides. */
  own: (result: CheckResult) => number;
}

/** In a round against a baseline, the misses that are new and those fixed (round.ts): a pass more. */
const roundLead = (result: CheckResult): number => (result.summary.changes ? 1 : 0);

export const PASSES: Record<FormatName, FormatPasses> = {
  table: { ahead: 'scoreboard', own: roundLead },
  markdown: { ahead: 'scoreboard', own: roundLead },
  json: { own: () => 1 },
  // Counts only: no finding is read.
  summary: { own: () => 0 },
  // The cases grouped by rule in one pass (run/rule-cases.ts).
  junit: { own: () => 1 },
  sarif: { own: () => 1 },
  github: { own: () => 1 },
  csv: { own: () => 1 },
  html: { ahead: 'bulletin', own: () => 0 },
  xlsx: { own: () => 1 },
};

/** The passes `format`'s report makes over the kept rows, given the passes made ahead so far (which it adds to). */
export function passesOf(format: FormatName, result: CheckResult, madeAhead: Set<AheadPass>): number {
  const { ahead, own } = PASSES[format];
  const first = ahead !== undefined && !madeAhead.has(ahead);
  if (ahead !== undefined) madeAhead.add(ahead);
  return own(result) + (first ? 1 : 0);
}
