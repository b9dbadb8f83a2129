// A rule that joins a table keyed by period alone (`join:`, the prefecture's price index): the
// joined row's period, counted in that table's periods, and the judged row lent its cells.
import type { Cell, FieldSpec, Location, Problem, Row, Status, Verdict } from '../model/types.js';
import { compareNum, numText } from '../model/num.js';
import type { RuleSpec } from '../pack/schema.js';
import { monthText, periodOf, tableNamed, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { locationOf } from '../model/location.js';
import { joined, listOf, say, type Text } from '../words/message.js';
import type { CompiledRule } from './compile.js';

/** The rows of the tables keyed by period alone, by table id and period: what `join:` reads. */
export type JoinedRows = ReadonlyMap<string, ReadonlyMap<number, readonly Cell[]>>;

/** The period of the joined row, counted in the joined table's periods: a yearly series joined to a monthly row takes its year. */
export function joinedPeriod(other: Table, offset: number): { every: Table['every']; at: (row: Row) => number | null } {
  const at =
    other.every === 'year'
      ? (row: Row): number | null => (row.year === null ? null : row.year + offset)
      : (row: Row): number | null => (row.period === undefined ? null : row.period + offset);
  return { every: other.every, at };
}

/**
 * A rule that reads the row of a table keyed by period alone: the judged row's cells are lent that
 * row's columns, then judged as any row; a row with no such row to join is missing, and says which.
 */
export function withJoin(
  rule: CompiledRule,
  fields: readonly FieldSpec[],
  join: NonNullable<RuleSpec['join']>,
  joined: JoinedRows | undefined,
): CompiledRule {
  const other = tableNamed(fields, join.table);
  const own = other.fields.flatMap((field) => (field.periods ? [] : [fields.indexOf(field)]));
  const rows = joined?.get(other.id);
  const periodOfRow = joinedPeriod(other, join.offset ?? 0).at;
  /** The row with the joined columns, or the period there is no row for. */
  function lent(row: Row): Row | { absent: number } | undefined {
    const period = periodOfRow(row);
    if (period === null) return undefined;
    const cells = rows?.get(period);
    if (cells === undefined) return { absent: period };
    const merged = row.cells.slice();
    for (const column of own) merged[column] = cells[column];
    return { ...row, cells: merged };
  }
  function status(row: Row, asOf: string | undefined): Status {
    const with_ = lent(row);
    if (with_ === undefined || !('absent' in with_)) return rule.status(with_ ?? row, asOf);
    const own = rule.status(row, asOf);
    return own === 'invalid' ? own : 'missing';
  }
  function judge(row: Row, asOf: string | undefined, location: Location = locationOf(row)): Verdict {
    const with_ = lent(row);
    if (with_ === undefined || !('absent' in with_)) return rule.judge(with_ ?? row, asOf, location);
    // The verdict's shape is the rule's own: judged on the row, then said missing for the absent period.
    const verdict = rule.judge(row, asOf, location);
    if (verdict.status === 'invalid') return verdict;
    return {
      ...verdict,
      status: 'missing',
      actual: null,
      target: null,
      comparison: null,
      detail: null,
      message: say('joinedAbsent', other.id, periodText(with_.absent, other.every)),
      due: undefined,
    };
  }
  // Its cells are checked here, the joined ones with them: `statusOfUsable` is the whole status.
  // A joined rule's verdicts are always made whole: `brief` is `judge`.
  return { ...rule, status, statusOfUsable: status, judge, brief: judge };
}

/**
 * The rows a rule that joins a series owes: for each period of the series whose row makes the
 * rule's condition hold (a triggered index month), a row of the rule's table for the period it
 * answers to (the month paid), from each county that sent any row of that table and each county
 * of the roster. A county with no such row is `missing` for that period, as the speech asks every
 * county to pay: a county that never noticed the trigger is not passed by sending nothing.
 */
export class OwedRows {
  /** Per rule that joins a series: the counties seen in its table, each with the periods it sent. */
  private readonly sent = new Map<number, Map<string, Set<number>>>();
  private readonly owing: { index: number; rule: CompiledRule; other: Table; offset: number }[];

  constructor(
    rules: readonly CompiledRule[],
    private readonly fields: readonly FieldSpec[],
    private readonly joined: JoinedRows | undefined,
    /** With a roster, its counties: each owes its rows whether or not it sent any. */
    private readonly listed: readonly string[] = [],
  ) {
    this.owing = rules.flatMap((rule, index) => {
      const join = rule.spec.join;
      if (join === undefined || rule.spec.when === undefined) return [];
      this.sent.set(rule.table.index, new Map());
      return [{ index, rule, other: tableNamed(fields, join.table), offset: join.offset ?? 0 }];
    });
  }

  /** Whether any rule owes rows: none when no rule joins a series with a condition. */
  get any(): boolean {
    return this.owing.length > 0;
  }

  /** Notes a row's county and period, when its table is one a joining rule judges. */
  see(row: Row): void {
    const sent = this.sent.get(row.table ?? 0);
    const period = periodOf(row);
    if (sent === undefined || row.county === null || period === null) return;
    let periods = sent.get(row.county);
    if (periods === undefined) sent.set(row.county, (periods = new Set()));
    periods.add(period);
  }

  /** After the last row: a `missing` verdict for each row owed and not sent, by rule, period and county. */
  verdicts(): { index: number; verdict: Verdict }[] {
    const out: { index: number; verdict: Verdict }[] = [];
    for (const { index, rule, other, offset } of this.owing) {
      const series = this.joined?.get(other.id);
      if (series === undefined) continue;
      const sent = this.sent.get(rule.table.index)!;
      const counties = [...new Set([...sent.keys(), ...this.listed])];
      const own = other.fields.flatMap((field) => (field.periods ? [] : [this.fields.indexOf(field)]));
      const monthly = rule.table.every === 'month';
      for (const at of [...series.keys()].sort((a, b) => a - b)) {
        // The period of the rule's table that the series' period answers to: the month paid.
        const period = at - offset;
        const cells = new Array<Cell>(this.fields.length);
        for (const column of own) cells[column] = series.get(at)![column];
        const row: Row = {
          file: '',
          line: 0,
          county: null,
          year: monthly ? Math.floor(period / 12) : period,
          reportDate: null,
          ...(rule.table.index > 0 ? { table: rule.table.index } : {}),
          ...(monthly ? { period } : {}),
          cells,
        };
        const held = rule.holds(row);
        if (held === undefined) continue;
        const shown = periodText(period, rule.table.every);
        for (const county of counties) {
          if (sent.get(county)?.has(period) === true) continue;
          const verdict: Verdict = {
            rule: rule.spec.id,
            severity: rule.spec.severity,
            status: 'missing',
            scope: 'county',
            county,
            year: row.year,
            ...(monthly ? { period: monthText(period) } : {}),
            actual: null,
            target: null,
            comparison: null,
            detail: null,
            message: joined(say('owedRowAbsent', rule.table.id, shown), held),
          };
          out.push({ index, verdict });
        }
      }
    }
    return out;
  }
}

/**
 * A yearly column that says how many periods a joined rule's condition held (`counted_in:
 * price_trigger_months`), checked against the series itself: for each year, the periods of the
 * series whose condition holds and whose period answered to (the month paid) falls in that year.
 * A year the series does not cover whole, or whose values are blank, is not checked: a notice says
 * so once. A blank or unusable count is the rules' to judge, not counted here.
 */
export class TriggerCounts {
  private readonly checks: {
    rule: CompiledRule;
    column: number;
    table: number;
    /** A year's periods of the series (as the series counts them) whose condition held, and those it cannot tell. */
    year: (year: number) => { held: number[]; unknown: number[] };
    every: Table['every'];
    told: Set<number>;
  }[];

  constructor(
    rules: readonly CompiledRule[],
    private readonly fields: readonly FieldSpec[],
    joined: JoinedRows | undefined,
  ) {
    this.checks = rules.flatMap((rule) => {
      const join = rule.spec.join;
      const name = rule.spec.counted_in;
      const series = join && joined?.get(join.table);
      if (join === undefined || name === undefined || series === undefined || series.size === 0) return [];
      const column = fields.findIndex((field) => field.name === name);
      const other = tableNamed(fields, join.table);
      // The series' columns the rule reads: a blank one leaves its period untold.
      const lent = other.fields.flatMap((field) => {
        const i = fields.indexOf(field);
        return field.periods || !rule.columns.includes(i) ? [] : [i];
      });
      const offset = join.offset ?? 0;
      const monthly = rule.table.every === 'month';
      const memo = new Map<number, { held: number[]; unknown: number[] }>();
      const year = (y: number): { held: number[]; unknown: number[] } => {
        let found = memo.get(y);
        if (found) return found;
        found = { held: [], unknown: [] };
        // Each period of the rule's table in the year (the months paid), and the series' period it answers to.
        for (const period of monthly ? Array.from({ length: 12 }, (_, m) => y * 12 + m) : [y]) {
          const at = period + offset;
          const cells = series.get(at);
          if (cells === undefined || lent.some((i) => cells[i] == null)) {
            found.unknown.push(at);
            continue;
          }
          const merged = new Array<Cell>(fields.length);
          for (const i of lent) merged[i] = cells[i];
          const row: Row = {
            file: '',
            line: 0,
            county: null,
            year: y,
            reportDate: null,
            ...(rule.table.index > 0 ? { table: rule.table.index } : {}),
            ...(monthly ? { period } : {}),
            cells: merged,
          };
          if (rule.holds(row) !== undefined) found.held.push(at);
        }
        memo.set(y, found);
        return found;
      };
      const table = tableNamed(fields, fields[column]!.table).index;
      return [{ rule, column, table, year, every: other.every, told: new Set<number>() }];
    });
  }

  /** Whether any rule's count is checked: none without `counted_in`, or without the series. */
  get any(): boolean {
    return this.checks.length > 0;
  }

  /** The problems of a row: its count against the series' for its year. */
  see(row: Row, report: (problem: Problem) => void): void {
    for (const check of this.checks) {
      if ((row.table ?? 0) !== check.table || row.year === null) continue;
      const cell = row.cells[check.column];
      if (cell === undefined || cell === null || typeof cell === 'boolean' || typeof cell === 'string') continue;
      const { held, unknown } = check.year(row.year);
      const field = this.fields[check.column]!;
      const periods = (list: readonly number[]): Text => listOf(list.map((period) => periodText(period, check.every)));
      if (unknown.length > 0) {
        // Once a year: the count of a year the series does not cover whole is not checked.
        if (check.told.has(row.year)) continue;
        check.told.add(row.year);
        report({
          ...locationOf(row),
          column: field.name,
          code: 'trigger-months-unchecked',
          level: 'notice',
          message: say('triggerMonthsUnchecked', field.label, row.year, periods(unknown)),
        });
        continue;
      }
      if (compareNum(cell, held.length) === 0) continue;
      report({
        ...locationOf(row),
        column: field.name,
        code: 'trigger-months-mismatch',
        level: 'error',
        message: say('triggerMonthsMismatch', field.label, row.year, numText(cell), held.length, periods(held)),
      });
    }
  }
}
