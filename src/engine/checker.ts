// The engine's entry: judges each row against every rule as it streams past.
import type { FieldSpec, Row, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { compileRule, type CompiledRule } from './compile.js';
import { Tally } from './tally.js';
import { Totals } from './totals.js';

export interface CheckOptions {
  /** `--as-of`; when absent each row's report_date, else `today`. */
  asOf: string | undefined;
  today: string;
}

export class Checker {
  readonly rules: CompiledRule[];
  readonly tally = new Tally();
  rows = 0;
  private readonly totals: Totals;

  constructor(
    specs: readonly RuleSpec[],
    fields: readonly FieldSpec[],
    private readonly options: CheckOptions,
  ) {
    const byName = new Map(fields.map((field) => [field.name, field]));
    this.rules = specs.map((spec) => compileRule(spec, byName));
    this.totals = new Totals(this.rules);
  }

  /** One verdict per rule, in the pack's order. */
  judge(row: Row): Verdict[] {
    this.rows++;
    const asOf = this.options.asOf ?? row.reportDate ?? this.options.today;
    this.totals.add(row);
    return this.rules.map((rule) => {
      const verdict = rule.judge(row, asOf);
      this.tally.add(verdict);
      return verdict;
    });
  }

  /** The whole-data-set verdicts; call once, after the last row. */
  finish(): Verdict[] {
    const verdicts = this.totals.verdicts();
    for (const verdict of verdicts) this.tally.add(verdict);
    return verdicts;
  }
}
