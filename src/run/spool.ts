// Keeps the rows of a large check on disk as they are read (row-store.ts), so that no verdict
// stays in memory: each report then judges the rows again as it renders, one at a time, with the
// run's own setup, and reads the whole-data-set verdicts last. Used where the report cannot be
// written in place: to stdout, or to several files, or in any format but JSON.
import type { Checked, Row, RuleCases, Status, Verdict } from '../model/types.js';
import { RowStore } from './row-store.js';
import { RuleCaseFiles } from './rule-cases.js';
import { checkerOf, type RunSetup } from './setup.js';

export class RowSpool {
  private readonly store = new RowStore();

  constructor(private readonly setup: RunSetup) {}

  rows(batch: readonly Row[]): void {
    this.store.add(batch);
  }

  /** Every finding, judged afresh from the rows, the whole-data-set ones of `result` last; a rule's alone if asked. */
  finish(result: Checked): (rule?: string, plain?: ReadonlySet<Status>) => Iterable<Verdict> {
    this.store.flush();
    return (rule, plain) => this.findings(result.findings, rule, plain);
  }

  private *findings(
    totals: readonly Verdict[],
    rule: string | undefined,
    plain?: ReadonlySet<Status>,
  ): Generator<Verdict> {
    // A checker of its own: the round's account of its matches is the run's, kept by the lane.
    const checker = checkerOf(this.setup);
    if (rule === undefined) {
      for (const row of this.store.rows()) yield* checker.verdicts(row, plain);
      yield* totals;
      return;
    }
    const index = checker.rules.findIndex((compiled) => compiled.spec.id === rule);
    if (index >= 0)
      for (const row of this.store.rows()) {
        const verdict = checker.verdictOf(row, index);
        if (verdict) yield verdict;
      }
    for (const verdict of totals) if (verdict.rule === rule) yield verdict;
  }

  /** The findings written as `cases` says and grouped by rule in one pass (`Spooled.byRule`); a second call makes them afresh. */
  byRule(result: Checked): (cases: RuleCases<Verdict>) => (rule: string) => Iterable<Uint8Array> {
    return (cases) => {
      this.cases?.dispose();
      const made = new RuleCaseFiles(() => this.store.rows(), checkerOf(this.setup), result.findings, cases);
      this.cases = made;
      return (rule) => made.of(rule);
    };
  }

  private cases: RuleCaseFiles | undefined;

  dispose(): void {
    this.cases?.dispose();
    this.store.dispose();
  }
}
