// A yearly count cross-checked against a joined series (`counted_in:`): the periods whose condition
// holds, counted by the year they are answered to, against what each county reports.
import type { Cell, FieldSpec, Problem, Row } from '../model/types.js';
import { compareNum, numText } from '../model/num.js';
import { tableNamed, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { locationOf } from '../model/location.js';
import { listOf, say, type Text } from '../words/message.js';
import type { CompiledRule } from './compile.js';
import type { JoinedRows } from './join.js';

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
    year: (year: number) => { held: number[]; unknown: number[]; all: number[] };
    every: Table['every'];
    series: string;
    told: Set<number>;
  }[];

  constructor(
    rules: readonly CompiledRule[],
    private readonly fields: readonly FieldSpec[],
    joined: JoinedRows | undefined,
    /** Told each period of the series a yearly count is checked against. */
    private readonly read?: (table: string, period: number) => void,
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
      const memo = new Map<number, { held: number[]; unknown: number[]; all: number[] }>();
      const year = (y: number): { held: number[]; unknown: number[]; all: number[] } => {
        let found = memo.get(y);
        if (found) return found;
        found = { held: [], unknown: [], all: [] };
        // Each period of the rule's table in the year (the months paid), and the series' period it answers to.
        for (const period of monthly ? Array.from({ length: 12 }, (_, m) => y * 12 + m) : [y]) {
          const at = period + offset;
          found.all.push(at);
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
      return [{ rule, column, table, year, every: other.every, series: other.id, told: new Set<number>() }];
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
      const { held, unknown, all } = check.year(row.year);
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
      for (const at of all) this.read?.(check.series, at);
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
