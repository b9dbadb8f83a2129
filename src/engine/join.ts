// A rule that joins a table keyed by period alone (`join:`, the prefecture's price index): the
// joined row's period, counted in that table's periods, and the judged row lent its cells.
import type { Cell, FieldSpec, Location, Row, Status, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { tableNamed, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { locationOf } from '../model/location.js';
import { say } from '../words/message.js';
import { tableTitle } from './show.js';
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
      message: say('joinedAbsent', tableTitle(other), periodText(with_.absent, other.every)),
      due: undefined,
    };
  }
  // Its cells are checked here, the joined ones with them: `statusOfUsable` is the whole status.
  // A joined rule's verdicts are always made whole: `brief` is `judge`.
  return { ...rule, status, statusOfUsable: status, judge, brief: judge };
}
