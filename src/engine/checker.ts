// The engine's entry: judges each row against every rule as it streams past.
import type { FieldSpec, Problem, Row, Severity, Status, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { compileRule, type CompiledRule } from './compile.js';
import type { JoinedRows } from './join.js';
import { OwedRows } from './owed-rows.js';
import { TriggerCounts } from './counted-in.js';
import { UnjoinedRows } from './unjoined.js';
import { locationOf } from '../model/location.js';
import { tablesOf } from '../model/tables.js';
import { Tally } from './tally.js';
import { Totals } from './totals.js';

export interface CheckOptions {
  /** The date deadlines are judged at; undefined (`--as-of report-date`): each row's report_date, else `today`. */
  asOf: string | undefined;
  /** The day of the run. */
  today: string;
}

/**
 * What the yearly round makes of a county verdict as it is made (waivers, the baseline's change):
 * src/round/match.ts. Applied here so that no run holds its verdicts to apply it after.
 */
export interface CountyRound {
  /** `month`: the verdict's month (year × 12 + month − 1) in a monthly table, else undefined. */
  status(
    rule: string,
    severity: Severity,
    county: string | null,
    year: number | null,
    month: number | undefined,
    status: Status,
  ): Status;
  verdict(verdict: Verdict): Verdict;
}

export class Checker {
  readonly rules: CompiledRule[];
  readonly tally: Tally;
  rows = 0;
  private readonly totals: Totals;
  /** For each rule, the bits of the cells it reads (two 32-bit words); none past 64 fields. */
  private readonly masks: Int32Array | undefined;
  private readonly reportDate: number;
  /** Per table, the indices of the rules that judge its rows (with one table, every rule). */
  private readonly byTable: readonly (readonly number[])[];
  /** The rows owed to a rule that joins a series (a county's subsidy return of a triggered month); absent when none is. */
  private readonly owed: OwedRows | undefined;
  /** A yearly count of triggered periods (`counted_in:`) checked against the series; absent when none is. */
  readonly counted: TriggerCounts | undefined;
  /** The rows of a joined series (a price index) and the periods read of it; absent when no rule joins one. */
  private readonly unjoined: UnjoinedRows | undefined;

  constructor(
    specs: readonly RuleSpec[],
    fields: readonly FieldSpec[],
    private readonly options: CheckOptions,
    private readonly round?: CountyRound,
    joined?: JoinedRows,
    /** With a roster, its counties: each owes the rows of a rule that joins a series. */
    listed?: readonly string[],
  ) {
    this.rules = specs.map((spec) => compileRule(spec, fields, joined));
    const owed = new OwedRows(this.rules, fields, joined, listed);
    this.owed = owed.any ? owed : undefined;
    const unjoined = new UnjoinedRows(this.rules, fields);
    this.unjoined = unjoined.any ? unjoined : undefined;
    const counted = new TriggerCounts(this.rules, fields, joined, (table, period) => unjoined.use(table, period));
    this.counted = counted.any ? counted : undefined;
    this.totals = new Totals(this.rules);
    this.tally = new Tally(this.rules.map((rule) => ({ id: rule.spec.id, severity: rule.spec.severity })));
    this.masks = fields.length <= 64 ? cellMasks(this.rules) : undefined;
    this.reportDate = fields.findIndex((field) => field.name === 'report_date');
    this.byTable = tablesOf(fields).map((table) =>
      this.rules.flatMap((rule, i) => (rule.table.id === table.id ? [i] : [])),
    );
  }

  /** The indices of the rules that judge the row: those of its table. */
  rulesOf(row: Row): readonly number[] {
    return this.byTable[row.table ?? 0]!;
  }

  /** The date a row's deadlines are judged at; undefined when its report_date was given but cannot be read. */
  private asOf(row: Row): string | undefined {
    if (this.options.asOf !== undefined) return this.options.asOf;
    if (row.reportDate !== null) return row.reportDate;
    return this.reportDate >= 0 && row.cells[this.reportDate] === null ? undefined : this.options.today;
  }

  /** One verdict per rule of the row's table, in the pack's order, counted in the tally and the totals. */
  judge(row: Row): Verdict[] {
    this.rows++;
    this.totals.add(row);
    this.owed?.see(row);
    this.unjoined?.see(row);
    const verdicts = this.verdicts(row);
    const indices = this.rulesOf(row);
    for (let i = 0; i < verdicts.length; i++) this.tally.countRule(indices[i]!, verdicts[i]!.status);
    return verdicts;
  }

  /**
   * The row's verdicts, one per rule of its table in the pack's order, sharing one location; nothing
   * is counted. `plain`: the statuses whose verdicts come without values or words (`CompiledRule.brief`).
   */
  verdicts(row: Row, plain?: ReadonlySet<Status>): Verdict[] {
    const asOf = this.asOf(row);
    const location = locationOf(row);
    const indices = this.rulesOf(row);
    const verdicts = new Array<Verdict>(indices.length);
    const round = this.round;
    for (let i = 0; i < indices.length; i++) {
      const rule = this.rules[indices[i]!]!;
      const verdict = plain ? rule.brief(row, asOf, location, plain) : rule.judge(row, asOf, location);
      verdicts[i] = round ? round.verdict(verdict) : verdict;
    }
    return verdicts;
  }

  /** The row's verdict of the rule at `index`, when the rule judges the row's table; nothing is counted. */
  verdictOf(row: Row, index: number): Verdict | undefined {
    if (!this.rulesOf(row).includes(index)) return undefined;
    const verdict = this.rules[index]!.judge(row, this.asOf(row), locationOf(row));
    return this.round ? this.round.verdict(verdict) : verdict;
  }

  /** The same statuses as `judge`, counted without building a verdict. */
  count(row: Row): void {
    this.rows++;
    this.totals.add(row);
    this.owed?.see(row);
    this.unjoined?.see(row);
    const asOf = this.asOf(row);
    const rules = this.rules;
    const indices = this.rulesOf(row);
    if (!this.masks) {
      for (const i of indices) this.countStatus(i, row, rules[i]!.status(row, asOf));
      return;
    }
    // One pass over the row marks its blank and unusable cells; each rule then tests its own bits.
    const cells = row.cells;
    let blankLow = 0;
    let blankHigh = 0;
    let badLow = 0;
    let badHigh = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === undefined) {
        if (i < 32) blankLow |= 1 << i;
        else blankHigh |= 1 << (i - 32);
      } else if (cell === null) {
        if (i < 32) badLow |= 1 << i;
        else badHigh |= 1 << (i - 32);
      }
    }
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- the per-row loop, indexed like the loops around it
    for (let r = 0; r < indices.length; r++) {
      const i = indices[r]!;
      const low = this.masks[2 * i]!;
      const high = this.masks[2 * i + 1]!;
      const status: Status =
        (badLow & low) | (badHigh & high)
          ? 'invalid'
          : (blankLow & low) | (blankHigh & high)
            ? 'missing'
            : rules[i]!.statusOfUsable(row, asOf);
      this.countStatus(i, row, status);
    }
  }

  /** Counts the status of the rule at `index` for a row, after the round when there is one. */
  private countStatus(index: number, row: Row, status: Status): void {
    const round = this.round;
    if (round) {
      const rule = this.rules[index]!;
      const month = rule.table.every === 'month' && row.period !== undefined ? row.period : undefined;
      status = round.status(rule.spec.id, rule.spec.severity, row.county, row.year, month, status);
    }
    this.tally.countRule(index, status);
  }

  /** The verdicts of rows owed and not sent (a county's subsidy return of a triggered month), counted; call once, after the last row. */
  absent(): Verdict[] {
    if (!this.owed) return [];
    const unjoined = this.unjoined;
    return this.owed
      .verdicts((table, period) => unjoined?.use(table, period))
      .map(({ index, verdict }) => {
        const made = this.round ? this.round.verdict(verdict) : verdict;
        this.tally.countRule(index, made.status);
        return made;
      });
  }

  /** The notices naming the rows of a joined series that nothing read (`unjoined-rows`); call once, after `absent`. */
  unjoinedRows(): Problem[] {
    return this.unjoined?.problems() ?? [];
  }

  /** The whole-data-set verdicts; call once, after the last row. */
  finish(): Verdict[] {
    const verdicts = this.totals.verdicts();
    for (const verdict of verdicts) this.tally.countTotal(verdict);
    return verdicts;
  }
}

function cellMasks(rules: readonly CompiledRule[]): Int32Array {
  const masks = new Int32Array(rules.length * 2);
  rules.forEach((rule, i) => {
    // A rule that joins another table's row reads cells the row does not hold: it checks them itself.
    if (rule.spec.join !== undefined) return;
    for (const column of rule.reads) masks[2 * i + (column < 32 ? 0 : 1)]! |= 1 << (column % 32);
  });
  return masks;
}
