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
  readonly byRule = new Map<string, StatusCounts>();

  add(verdict: Verdict): void {
    (verdict.scope === 'county' ? this.county : this.total)[verdict.status]++;
    if (FAILING.has(verdict.status)) this.failing[verdict.severity]++;
    if (verdict.scope === 'county') {
      let counts = this.byRule.get(verdict.rule);
      if (!counts) this.byRule.set(verdict.rule, (counts = emptyCounts()));
      counts[verdict.status]++;
    }
  }
}
