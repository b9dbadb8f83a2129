// The engine's entry: judges each row against every rule as it streams past.
import type { FieldSpec, Row, Status, Verdict } from '../model/types.js';
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
  readonly tally: Tally;
  rows = 0;
  private readonly totals: Totals;

  constructor(
    specs: readonly RuleSpec[],
    fields: readonly FieldSpec[],
    private readonly options: CheckOptions,
  ) {
    this.rules = specs.map((spec) => compileRule(spec, fields));
    this.totals = new Totals(this.rules);
    this.tally = new Tally(this.rules.map((rule) => ({ id: rule.spec.id, severity: rule.spec.severity })));
  }

  private asOf(row: Row): string {
    return this.options.asOf ?? row.reportDate ?? this.options.today;
  }

  /** One verdict per rule, in the pack's order. */
  judge(row: Row): Verdict[] {
    this.rows++;
    this.totals.add(row);
    const asOf = this.asOf(row);
    const location = { file: row.file, line: row.line };
    const verdicts = new Array<Verdict>(this.rules.length);
    for (let i = 0; i < this.rules.length; i++) {
      const verdict = this.rules[i]!.judge(row, asOf, location);
      this.tally.countRule(i, verdict.status);
      verdicts[i] = verdict;
    }
    return verdicts;
  }

  /** The same statuses as `judge`, counted without building a verdict. */
  count(row: Row): void {
    this.rows++;
    this.totals.add(row);
    const asOf = this.asOf(row);
    for (let i = 0; i < this.rules.length; i++) this.tally.countRule(i, this.rules[i]!.status(row, asOf) as Status);
  }

  /** The whole-data-set verdicts; call once, after the last row. */
  finish(): Verdict[] {
    const verdicts = this.totals.verdicts();
    for (const verdict of verdicts) this.tally.countTotal(verdict);
    return verdicts;
  }
}
