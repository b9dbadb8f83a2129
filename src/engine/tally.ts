// Counts verdicts as they pass, so no report needs every verdict in memory to sum them.
import { STATUSES, type Severity, type Status, type Verdict } from '../model/types.js';

export type StatusCounts = Record<Status, number>;

/** Every status at zero, keyed in STATUSES order (the order JSON reports write them in). */
export function emptyCounts(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const status of STATUSES) counts[status] = 0;
  return counts;
}

/** The statuses that can fail a run. */
export const FAILING: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid']);

/** Each status's place in a rule's row of `counts`: its place in STATUSES. */
const INDEX = Object.fromEntries(STATUSES.map((status, i) => [status, i])) as Record<Status, number>;
const WIDTH = STATUSES.length;

export class Tally {
  readonly total = emptyCounts();
  private readonly totalFailing: Record<Severity, number> = { error: 0, warning: 0 };
  /** County verdicts: [rule × status], one increment each. */
  private readonly counts: Float64Array;

  constructor(private readonly rules: readonly { id: string; severity: Severity }[]) {
    this.counts = new Float64Array(rules.length * WIDTH);
  }

  /** A county verdict of the rule at `index`. */
  countRule(index: number, status: Status): void {
    const slot = index * WIDTH + INDEX[status];
    this.counts[slot] = this.counts[slot]! + 1;
  }

  countTotal(verdict: Verdict): void {
    this.total[verdict.status]++;
    if (FAILING.has(verdict.status)) this.totalFailing[verdict.severity]++;
  }

  /** Rule id → its county counts, in the pack's order. */
  ruleCounts(): Record<string, StatusCounts> {
    return Object.fromEntries(this.rules.map((rule, i) => [rule.id, this.countsOf(i)]));
  }

  /** County verdicts of every rule together. */
  get county(): StatusCounts {
    const sum = emptyCounts();
    this.rules.forEach((_, i) => {
      for (const status of STATUSES) sum[status] += this.counts[i * WIDTH + INDEX[status]]!;
    });
    return sum;
  }

  /** Failing verdicts by severity, county and total scope alike. */
  get failing(): Record<Severity, number> {
    const failing = { ...this.totalFailing };
    this.rules.forEach((rule, i) => {
      for (const status of FAILING) failing[rule.severity] += this.counts[i * WIDTH + INDEX[status]]!;
    });
    return failing;
  }

  private countsOf(rule: number): StatusCounts {
    const counts = emptyCounts();
    for (const status of STATUSES) counts[status] = this.counts[rule * WIDTH + INDEX[status]]!;
    return counts;
  }
}

/** A tally of verdicts already made (after waivers or a baseline changed them). */
export function tallyOf(rules: readonly { id: string; severity: Severity }[], findings: Iterable<Verdict>): Tally {
  const tally = new Tally(rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  for (const verdict of findings) {
    if (verdict.scope === 'total') tally.countTotal(verdict);
    else tally.countRule(index.get(verdict.rule)!, verdict.status);
  }
  return tally;
}
