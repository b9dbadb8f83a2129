// Turns one rule of the pack into closures that judge a row: a fast status, and a full verdict.
import { numToNumber } from '../model/num.js';
import type { Cell, FieldSpec, Location, Row, Status, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { dueDate } from './due.js';
import { monthText, periodOf, tableNamed, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { compileCondition } from './condition.js';
import { joinedPeriod, withJoin, type JoinedRows } from './join.js';
import { locationOf } from '../model/location.js';
import { buildMeasure, type Measure } from '../measures/index.js';
import { dueNote, onlyIn, ruleTitle, showComparison, showValue } from './show.js';
import { buildTarget, meets, type Target } from './target.js';
import { joined, listOf, say, type Text } from '../words/message.js';

export interface CompiledRule {
  spec: RuleSpec;
  /** The table whose rows it judges. */
  table: Table;
  measure: Measure;
  target: Target;
  /** The measure's cells and the target's column, as field indices; not the year (see `reads`). */
  columns: number[];
  /** Every cell the rule reads, the period (year or month) included when it has years or a due date. */
  reads: number[];
  /** The status alone, allocating nothing: what counting needs. */
  status(row: Row, asOf: string | undefined): Status;
  /** The status of a row whose `reads` cells are all there and usable (the caller has checked). */
  statusOfUsable(row: Row, asOf: string | undefined): Status;
  /** The whole verdict, with values and words; `location` may be shared by a row's verdicts. */
  judge(row: Row, asOf: string | undefined, location?: Location): Verdict;
  /** With a condition: its words (`；2022-08 条件成立：…`) when it holds for the row's cells, undefined when it does not or a cell it reads is not there. */
  holds(row: Row): Text | undefined;
  /**
   * The verdict for a report that shows some statuses only by their status (a ranking shows no
   * pass): of a status in `plain`, with no values and no words (`message` empty), none made; of
   * any other, whole, as `judge` makes it.
   */
  brief(row: Row, asOf: string | undefined, location: Location, plain: ReadonlySet<Status>): Verdict;
}

export function compileRule(spec: RuleSpec, fields: readonly FieldSpec[], joinedRows?: JoinedRows): CompiledRule {
  const index = new Map(fields.map((field, i) => [field.name, i]));
  const of = (name: string): number => index.get(name)!;
  const measure = buildMeasure(spec.measure, {
    of,
    isFlag: (name) => fields[of(name)]?.type === 'yesno',
    isPercent: (name) => fields[of(name)]?.type === 'percent',
    labelOf: (name) => fields[of(name)]!.label,
    labelEnOf: (name) => fields[of(name)]!.label_en,
  });
  const table = tableNamed(fields, spec.table);
  const monthly = table.every === 'month';
  const target = buildTarget(spec.target, of, table.every);
  // With `join:`, the thresholds are the joined table's, at the joined row's period (the index month).
  const joinedAt = spec.join && joinedPeriod(tableNamed(fields, spec.join.table), spec.join.offset ?? 0);
  const joins = spec.join !== undefined;
  const condition = joinedAt
    ? compileCondition(spec, fields, index, joinedAt.every, joinedAt.at)
    : compileCondition(spec, fields, index, table.every);
  const columns = [
    ...new Set([
      ...measure.columns,
      ...(target.column === undefined ? [] : [target.column]),
      ...(condition?.columns ?? []),
    ]),
  ];
  const years = spec.years;
  const severity = spec.severity;
  // A goal or a condition that changes with the period reads the period, as years and due dates do.
  const byPeriod = condition?.byPeriod === true || (target.column === undefined && target.constant === undefined);
  const needsYear = years !== undefined || spec.due !== undefined || byPeriod || spec.join !== undefined;
  // The period column of its table: the year, or the month whose year `row.year` then holds.
  const yearColumn = table.period;
  const constantGoal = target.constant;
  const orderConstant = constantGoal === undefined ? undefined : measure.against?.(constantGoal);
  // A constant goal reads the same in every verdict.
  const constantGoalNumber =
    constantGoal === undefined
      ? undefined
      : typeof constantGoal === 'boolean'
        ? constantGoal
        : numToNumber(constantGoal);
  const constantGoalText =
    typeof constantGoalNumber === 'number' ? showValue(constantGoalNumber, measure.display) : undefined;

  const reads = needsYear && !columns.includes(yearColumn) ? [...columns, yearColumn] : columns;

  /** A blank or unusable cell the rule reads stops it before its measure. */
  function unreadable(row: Row): 'invalid' | 'missing' | undefined {
    const cells = row.cells;
    let blank = false;
    for (const column of columns) {
      const cell = cells[column];
      if (cell === null) return 'invalid';
      if (cell === undefined) blank = true;
    }
    if (needsYear && cells[yearColumn] === null) return 'invalid';
    if (blank || (needsYear && row.year === null)) return 'missing';
    return undefined;
  }

  /** Why the rule does not apply to a row it can read (a year outside its years, a condition that does not hold, a zero total), or undefined. */
  function whyNotApplicable(row: Row): Text | undefined {
    if (years && (row.year! < years.from || row.year! > years.to)) return onlyIn(years);
    if (condition) {
      const why = condition.whyNot(row);
      if (why !== undefined) return why;
    }
    if (byPeriod && target.valueOf(row.cells, periodOf(row)) === undefined)
      return say('noThreshold', periodText(periodOf(row)!, table.every));
    return measure.notApplicable(row.cells);
  }

  /** A miss before the deadline is pending, and after it a failure; with no date to judge at (an unreadable report_date), it cannot be told. */
  function unmet(row: Row, asOf: string | undefined): Status {
    if (spec.due === undefined) return 'fail';
    if (asOf === undefined) return 'invalid';
    return asOf < due(row) ? 'pending' : 'fail';
  }

  function due(row: Row): string {
    return dueDate(spec.due!, row.year!, monthly ? (row.period! % 12) + 1 : undefined);
  }

  function status(row: Row, asOf: string | undefined): Status {
    return unreadable(row) ?? statusOfUsable(row, asOf);
  }

  function statusOfUsable(row: Row, asOf: string | undefined): Status {
    if (whyNotApplicable(row) !== undefined) return 'not_applicable';
    const order = orderConstant
      ? orderConstant(row.cells)
      : measure.order(row.cells, target.valueOf(row.cells, periodOf(row))!);
    return meets(order, target.op) ? 'pass' : unmet(row, asOf);
  }

  /** Every county verdict is built by this one literal, so all share one shape. */
  function verdict(
    row: Row,
    location: Location,
    status: Status,
    actual: number | boolean | null,
    goal: number | boolean | null,
    comparison: Text | null,
    detail: Text | null,
    message: Text | undefined,
    due?: string,
  ): Verdict {
    // Only a monthly table's verdicts carry a period: a yearly report stays as it was.
    if (monthly && row.period !== undefined)
      return {
        rule: spec.id,
        severity,
        status,
        scope: 'county',
        county: row.county,
        year: row.year,
        period: monthText(row.period),
        actual,
        target: goal,
        comparison,
        detail,
        message,
        due,
        location,
      };
    return {
      rule: spec.id,
      severity,
      status,
      scope: 'county',
      county: row.county,
      year: row.year,
      actual,
      target: goal,
      comparison,
      detail,
      message,
      due,
      location,
    };
  }

  function judge(row: Row, asOf: string | undefined, location: Location = locationOf(row)): Verdict {
    const early = unreadable(row);
    if (early !== undefined) return verdict(row, location, early, null, null, null, null, whichCells(early, row.cells));
    const why = whyNotApplicable(row);
    if (why !== undefined) return verdict(row, location, 'not_applicable', null, null, null, null, why);
    const goal = target.valueOf(row.cells, periodOf(row))!;
    const met = meets(orderConstant ? orderConstant(row.cells) : measure.order(row.cells, goal), target.op);
    const measured = measure.compute(row.cells);
    const goalNumber = constantGoalNumber ?? (typeof goal === 'boolean' ? goal : numToNumber(goal));
    const comparison = showComparison(measured.approx, goalNumber, measure.display, target.op, met, constantGoalText);
    const status = met ? 'pass' : unmet(row, asOf);
    // A miss of a rule with a deadline is pending before it and overdue after it.
    const dueDay = spec.due === undefined || status === 'pass' ? undefined : due(row);
    const detail = measured.detail ?? null;
    // A judged verdict is said from its own fields and its rule's title (report/shown.ts); one that
    // joins another table's row also says the values that made it apply: the index month's, and the threshold used.
    const message =
      joins && condition
        ? joined(
            ruleTitle(spec),
            ': ',
            comparison,
            detail === null ? '' : joined(' (', detail, ')'),
            condition.held(row),
            dueNote(status, dueDay),
          )
        : undefined;
    return verdict(row, location, status, measured.approx, goalNumber, comparison, detail, message, dueDay);
  }

  function brief(row: Row, asOf: string | undefined, location: Location, plain: ReadonlySet<Status>): Verdict {
    const quick = status(row, asOf);
    if (!plain.has(quick)) return judge(row, asOf, location);
    return verdict(row, location, quick, null, null, null, null, '');
  }

  /** The cells that made the rule invalid or missing, by label and name. */
  function whichCells(status: 'invalid' | 'missing', cells: readonly Cell[]): Text {
    const label = (i: number): string => `${fields[i]!.label} (${fields[i]!.name})`;
    if (status === 'invalid') return say('cellsInvalid', listOf(reads.filter((c) => cells[c] === null).map(label)));
    return say('cellsMissing', listOf(reads.filter((c) => cells[c] === undefined).map(label)));
  }

  function holds(row: Row): Text | undefined {
    if (!condition || condition.columns.some((column) => row.cells[column] == null)) return undefined;
    return condition.whyNot(row) === undefined ? condition.held(row) : undefined;
  }

  const compiled = { spec, table, measure, target, columns, reads, status, statusOfUsable, judge, brief, holds };
  return spec.join === undefined ? compiled : withJoin(compiled, fields, spec.join, joinedRows);
}
