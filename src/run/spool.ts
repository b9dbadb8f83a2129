// Keeps the rows of a large check on disk as they are read (row-store.ts), so that no verdict
// stays in memory: each report then judges the rows again as it renders, one at a time, with the
// run's own setup, and reads the whole-data-set verdicts last. Used where the report cannot be
// written in place: to stdout, or to several files, or in any format but JSON.
import type { CheckResult, Row, Verdict } from '../model/types.js';
import { RowStore } from './row-store.js';
import { checkerOf, type RunSetup } from './setup.js';

export class RowSpool {
  private readonly store = new RowStore();

  constructor(private readonly setup: RunSetup) {}

  rows(batch: readonly Row[]): void {
    this.store.add(batch);
  }

  /** Every finding, judged afresh from the rows, the whole-data-set ones of `result` last; a rule's alone if asked. */
  finish(result: CheckResult): (rule?: string) => Iterable<Verdict> {
    this.store.flush();
    return (rule) => this.findings(result.findings, rule);
  }

  private *findings(totals: readonly Verdict[], rule: string | undefined): Generator<Verdict> {
    // A checker of its own: the round's account of its matches is the run's, kept by the lane.
    const checker = checkerOf(this.setup);
    if (rule === undefined) {
      for (const row of this.store.rows()) yield* checker.verdicts(row);
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

  dispose(): void {
    this.store.dispose();
  }
}
