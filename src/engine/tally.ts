// Counts verdicts as they pass, so no report needs every verdict in memory to sum them.
import type { Severity, Status, Verdict } from '../model/types.js';

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing: 0, invalid: 0 };
}

/** The statuses that can fail a run. */
export const FAILING: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid']);

export class Tally {
  readonly county = emptyCounts();
  readonly total = emptyCounts();
  /** Failing verdicts by severity, county and total scope alike. */
  readonly failing: Record<Severity, number> = { error: 0, warning: 0 };
  /** County verdicts of each rule, in the pack's order. */
  readonly byRule: StatusCounts[];

  constructor(private readonly rules: readonly { id: string; severity: Severity }[]) {
    this.byRule = rules.map(() => emptyCounts());
  }

  /** A county verdict of the rule at `index`. */
  countRule(index: number, status: Status): void {
    this.county[status]++;
    this.byRule[index]![status]++;
    if (status === 'fail' || status === 'missing' || status === 'invalid') this.failing[this.rules[index]!.severity]++;
  }

  countTotal(verdict: Verdict): void {
    this.total[verdict.status]++;
    if (FAILING.has(verdict.status)) this.failing[verdict.severity]++;
  }

  /** Rule id → its county counts. */
  ruleCounts(): Record<string, StatusCounts> {
    return Object.fromEntries(this.rules.map((rule, i) => [rule.id, this.byRule[i]!]));
  }
}
