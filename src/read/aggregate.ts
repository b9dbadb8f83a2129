// Checks a return's aggregate rows (合计, 小计) against the county rows they cover, cell by cell,
// for counts and amounts, in exact arithmetic. Memory is one running sum per column.
import { addNum, compareNum, numText, type Num } from '../model/num.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { AggregateKind } from './layout.js';

/** The county rows since some point: a sum per column, and which columns had a blank or unusable cell. */
class Covered {
  rows = 0;
  sums: Num[];
  gaps: boolean[];
  year: number | null | undefined = undefined;
  mixedYears = false;

  constructor(columns: number) {
    this.sums = new Array<Num>(columns).fill(0);
    this.gaps = new Array<boolean>(columns).fill(false);
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
    const additive = (field: FieldSpec): boolean => (field.type === 'count' || field.type === 'amount') && field.maxValue === undefined && !field.unit?.includes('/');
    this.columns = fields.flatMap((field, i) => (additive(field) ? [i] : []));
    this.subtotal = new Covered(this.columns.length);
    this.total = new Covered(this.columns.length);
  }

  /** A county row, counted in every aggregate to come. */
  add(row: Row): void {
    for (const covered of [this.subtotal, this.total]) {
      covered.rows++;
      if (covered.year === undefined) covered.year = row.year;
      else if (covered.year !== row.year) covered.mixedYears = true;
      this.columns.forEach((column, i) => {
        const cell = row.cells[column];
        if (cell == null) covered.gaps[i] = true;
        else covered.sums[i] = addNum(covered.sums[i]!, cell as Num);
      });
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
    if (covered.rows === 0) return { unchecked: [], skipped: '上方没有县市区行' };
    if (covered.mixedYears) return { unchecked: [], skipped: '所覆盖的行不属于同一年度' };
    const unchecked: string[] = [];
    this.columns.forEach((column, i) => {
      const stated = row.cells[column];
      if (stated == null) return;
      const field = this.fields[column]!;
      if (covered.gaps[i]) {
        unchecked.push(field.label);
        return;
      }
      const sum = covered.sums[i]!;
      if (compareNum(sum, stated as Num) === 0) return;
      const at = fieldOf.indexOf(column);
      problems({
        file: row.file,
        line: row.line,
        column: field.name,
        columnNumber: at < 0 ? undefined : at + 1,
        code: 'total-row-mismatch',
        level: 'error',
        message: `${field.label}: ${kind === 'subtotal' ? '小计' : '合计'}行填 ${numText(stated as Num)}，所覆盖的 ${covered.rows} 个县市区行之和为 ${numText(sum)}`,
      });
    });
    return { unchecked };
  }
}
