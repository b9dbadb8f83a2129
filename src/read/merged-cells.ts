// Merged cells as a clerk sees them: a county name merged down over two year rows names both.
// A range over several rows fills every cell of it with the value of its first cell; a range
// within one row (a title, a group heading over its columns) shows its value once, as Excel
// does, and stays in its first cell.
import { columnOf } from './excel-values.js';

/** A merged range: rows as lines (1-based), columns 0-based, both ends inside. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Ranges a sheet may list before it is refused: far more than any return merges. */
export const MAX_MERGED_RANGES = 65_536;
/** Columns a range fills at most: a county or a heading is never wider. */
const MAX_FILL_COLUMNS = 256;

/** The range of an A1:B2 reference; undefined for one cell or a reference that is not one. */
export function rangeOf(reference: string): MergedRange | undefined {
  const [from, to] = reference.split(':');
  if (from === undefined || to === undefined) return undefined;
  const start = cellOf(from);
  const end = cellOf(to);
  if (!start || !end) return undefined;
  const range = {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
  return range.bottom > range.top ? range : undefined;
}

function cellOf(reference: string): { row: number; column: number } | undefined {
  const column = columnOf(reference);
  const row = Number(reference.replace(/^[A-Za-z$]+/, '').replace('$', ''));
  return column < 0 || !Number.isInteger(row) || row < 1 ? undefined : { row, column };
}

/** Fills the records of a sheet, given in the order of their lines, from its merged ranges. */
export class MergeFill {
  private readonly ranges: MergedRange[];
  private next = 0;
  private active: { range: MergedRange; value: string }[] = [];

  constructor(ranges: readonly MergedRange[]) {
    this.ranges = [...ranges].sort((a, b) => a.top - b.top);
  }

  /** The same ranges, to fill a sheet read again from its start. */
  fresh(): MergeFill {
    return new MergeFill(this.ranges);
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /** Fills one record with data at its line; blank rows are left blank. */
  apply(record: string[], line: number): void {
    const { ranges } = this;
    while (this.next < ranges.length && ranges[this.next]!.top <= line) {
      const range = ranges[this.next++]!;
      if (range.top === line) this.active.push({ range, value: record[range.left] ?? '' });
      // A range whose first row was blank has nothing to fill with.
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter(({ range }) => range.bottom >= line);
    for (const { range, value } of this.active) {
      if (value.trim() === '') continue;
      const right = Math.min(range.right, range.left + MAX_FILL_COLUMNS - 1);
      for (let c = record.length; c < range.left; c++) record.push('');
      for (let c = range.left; c <= right; c++) record[c] = value;
    }
  }
}
