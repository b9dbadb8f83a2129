// Checks a return's aggregate rows (合计, 小计) against the county rows they cover, cell by cell,
// above or below them, for counts and amounts, in exact arithmetic. Memory is one running sum per
// column, and the aggregate rows standing above rows not yet all read.
import { addNum, compareNum, numText, type Num } from '../model/num.js';
import { fieldTypeOf } from '../fields/index.js';
import { periodOf } from '../model/tables.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { AggregateKind } from './layout.js';
import { say, type Text } from '../words/message.js';

/**
 * The county rows since some point: a sum per column, and which columns had a blank or unusable
 * cell. Whole numbers add up in a typed array while they stay exact; other figures as Num.
 */
class Covered {
  rows = 0;
  readonly whole: Float64Array;
  readonly exact: (Num | undefined)[];
  readonly gaps: Uint8Array;
  /** The period of the rows covered (a year, or a month of a monthly table), while they share one. */
  period: number | null | undefined = undefined;
  mixed = false;
  /** Whether the rows covered are a monthly table's: then a total of several months is said so. */
  monthly = false;

  constructor(columns: number) {
    this.whole = new Float64Array(columns);
    this.exact = new Array<Num | undefined>(columns).fill(undefined);
    this.gaps = new Uint8Array(columns);
  }

  add(i: number, value: Num): void {
    const exact = this.exact[i];
    if (exact === undefined && typeof value === 'number' && Number.isInteger(value)) {
      const sum = this.whole[i]! + value;
      if (sum <= Number.MAX_SAFE_INTEGER) {
        this.whole[i] = sum;
        return;
      }
    }
    this.exact[i] = addNum(exact ?? this.whole[i]!, value);
  }

  sum(i: number): Num {
    return this.exact[i] ?? this.whole[i]!;
  }
}

export interface AggregateOutcome {
  /** Labels of the columns not compared because a covered row has no usable figure there. */
  unchecked: string[];
  /** Why nothing was compared, when nothing was. */
  skipped?: Text;
}

/** An aggregate row compared with the rows it covers, and how that went. */
export interface CheckedAggregate {
  line: number;
  outcome: AggregateOutcome;
}

/** An aggregate row standing above the rows it covers, held until its block ends. */
interface Standing {
  row: Row;
  fieldOf: readonly number[];
}

export class AggregateCheck {
  private readonly columns: number[];
  private subtotal: Covered;
  private total: Covered;
  /**
   * Per level, whether its aggregates stand above their rows (合计 right under the header, as
   * most statistical tables put it) or below them: told by the level's first aggregate, above
   * when no county row comes before it in what it could cover.
   */
  private readonly above: Partial<Record<AggregateKind, boolean>> = {};
  /** The aggregate of each level standing above the rows counted since it. */
  private readonly standing: Partial<Record<AggregateKind, Standing>> = {};

  constructor(private readonly fields: readonly FieldSpec[]) {
    // Only quantities add up across counties: not a bounded count (months of a year) nor a rate (元/人·月).
    const additive = (field: FieldSpec): boolean =>
      fieldTypeOf(field.type).additive === true && field.maxValue === undefined && !field.unit?.includes('/');
    this.columns = fields.flatMap((field, i) => (additive(field) ? [i] : []));
    this.subtotal = new Covered(this.columns.length);
    this.total = new Covered(this.columns.length);
  }

  /** A county row, counted in every aggregate to come. */
  add(row: Row): void {
    const { columns, subtotal, total } = this;
    for (const covered of [subtotal, total]) {
      covered.rows++;
      // A total is of one period, as a county row is: a year's, or a monthly table's month's.
      const period = periodOf(row);
      if (covered.period === undefined) covered.period = period;
      else if (covered.period !== period) covered.mixed = true;
      if (row.period !== undefined) covered.monthly = true;
    }
    const cells = row.cells;
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[columns[i]!];
      if (cell == null) {
        subtotal.gaps[i] = 1;
        total.gaps[i] = 1;
      } else {
        subtotal.add(i, cell as Num);
        total.add(i, cell as Num);
      }
    }
  }

  /**
   * An aggregate row. Below its rows, a 小计 covers those since the last aggregate and a 合计
   * every county row since the last 合计. Above them, an aggregate covers the rows after it up to
   * the next of its level (for a 小计, or the next 合计), and is compared when that comes or the
   * table ends. Returns the aggregates compared now; each differing cell is a `total-row-mismatch`.
   */
  take(row: Row, kind: AggregateKind, fieldOf: readonly number[], problems: (p: Problem) => void): CheckedAggregate[] {
    // Any aggregate ends the block of a 小计 standing above; a 合计 ends that of a 合计.
    const checked = this.close('subtotal', problems);
    if (kind === 'total') checked.push(...this.close('total', problems));
    const covered = kind === 'subtotal' ? this.subtotal : this.total;
    const above = (this.above[kind] ??= covered.rows === 0);
    if (above) this.standing[kind] = { row, fieldOf };
    else checked.push({ line: row.line, outcome: this.compare(row, kind, fieldOf, covered, false, problems) });
    this.subtotal = new Covered(this.columns.length);
    if (kind === 'total') this.total = new Covered(this.columns.length);
    return checked;
  }

  /** At the table's end: the aggregates still standing above their rows, compared. */
  finish(problems: (p: Problem) => void): CheckedAggregate[] {
    return [...this.close('subtotal', problems), ...this.close('total', problems)];
  }

  private close(kind: AggregateKind, problems: (p: Problem) => void): CheckedAggregate[] {
    const standing = this.standing[kind];
    if (!standing) return [];
    this.standing[kind] = undefined;
    const covered = kind === 'subtotal' ? this.subtotal : this.total;
    return [
      { line: standing.row.line, outcome: this.compare(standing.row, kind, standing.fieldOf, covered, true, problems) },
    ];
  }

  private compare(
    row: Row,
    kind: AggregateKind,
    fieldOf: readonly number[],
    covered: Covered,
    above: boolean,
    problems: (p: Problem) => void,
  ): AggregateOutcome {
    if (covered.rows === 0)
      return { unchecked: [], skipped: above ? say('totalNothingBelow') : say('totalNothingAbove') };
    if (covered.mixed) return { unchecked: [], skipped: say(covered.monthly ? 'totalMixedMonths' : 'totalMixedYears') };
    const unchecked: string[] = [];
    this.columns.forEach((column, i) => {
      const stated = row.cells[column];
      if (stated == null) return;
      const field = this.fields[column]!;
      if (covered.gaps[i] === 1) {
        unchecked.push(field.label);
        return;
      }
      const sum = covered.sum(i);
      if (compareNum(sum, stated as Num) === 0) return;
      const at = fieldOf.indexOf(column);
      problems({
        file: row.file,
        line: row.line,
        column: field.name,
        columnNumber: at < 0 ? undefined : at + 1,
        code: 'total-row-mismatch',
        level: 'error',
        message: say(
          'totalMismatch',
          field.label,
          kind === 'subtotal',
          numText(stated as Num),
          covered.rows,
          numText(sum),
        ),
      });
    });
    return { unchecked };
  }
}
