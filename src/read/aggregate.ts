// Checks a return's aggregate rows (合计, 小计) against the county rows they cover, cell by cell,
// for counts and amounts, in exact arithmetic. Memory is one running sum per column.
import { addNum, compareNum, numText, type Num } from '../model/num.js';
import { fieldTypeOf } from '../fields/index.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { AggregateKind } from './layout.js';
import { words } from '../words/words.js';

/**
 * The county rows since some point: a sum per column, and which columns had a blank or unusable
 * cell. Whole numbers add up in a typed array while they stay exact; other figures as Num.
 */
class Covered {
  rows = 0;
  readonly whole: Float64Array;
  readonly exact: (Num | undefined)[];
  readonly gaps: Uint8Array;
  year: number | null | undefined = undefined;
  mixedYears = false;

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
  skipped?: string;
}

export class AggregateCheck {
  private readonly columns: number[];
  private subtotal: Covered;
  private total: Covered;

  constructor(private readonly fields: readonly FieldSpec[]) {
    // Only quantities add up across counties: not a bounded count (months of a year) nor a rate (元/人·月).
    const additive = (field: FieldSpec): boolean => fieldTypeOf(field.type).additive === true && field.maxValue === undefined && !field.unit?.includes('/');
    this.columns = fields.flatMap((field, i) => (additive(field) ? [i] : []));
    this.subtotal = new Covered(this.columns.length);
    this.total = new Covered(this.columns.length);
  }

  /** A county row, counted in every aggregate to come. */
  add(row: Row): void {
    const { columns, subtotal, total } = this;
    for (const covered of [subtotal, total]) {
      covered.rows++;
      if (covered.year === undefined) covered.year = row.year;
      else if (covered.year !== row.year) covered.mixedYears = true;
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
   * Compares an aggregate row with the rows it covers: a 小计 those since the last 小计 or 合计, a
   * 合计 every county row since the last 合计. Each differing cell is a `total-row-mismatch`.
   */
  check(row: Row, kind: AggregateKind, fieldOf: readonly number[], problems: (p: Problem) => void): AggregateOutcome {
    const covered = kind === 'subtotal' ? this.subtotal : this.total;
    this.subtotal = new Covered(this.columns.length);
    if (kind === 'total') this.total = new Covered(this.columns.length);
    if (covered.rows === 0) return { unchecked: [], skipped: words().totalNothingAbove };
    if (covered.mixedYears) return { unchecked: [], skipped: words().totalMixedYears };
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
        message: words().totalMismatch(field.label, kind === 'subtotal', numText(stated as Num), covered.rows, numText(sum)),
      });
    });
    return { unchecked };
  }
}
