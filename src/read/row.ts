// Builds one Row from its cells: reads each cell, then checks parts against their totals.
import { sub } from '../model/exact.js';
import { compareNum, numText, simplify, toExact, type Num } from '../model/num.js';
import type { Cell, FieldSpec, Problem, Row } from '../model/types.js';
import { CellProblem, cellReader, Placeholder, type CellReader } from './cells.js';
import { joined, listOf, say } from '../words/message.js';

/** A raw cell: the text as typed, or a problem the reader already found. */
export type RawCell = string | CellProblem;

export class RowBuilder {
  private readonly parts: { index: number; total: number }[];
  private readonly county: number;
  private readonly year: number;
  private readonly reportDate: number;
  private readonly readers: CellReader[];
  /** Per field: how many placeholder blanks (—, /, 无) it held, the first line and column, and the marks seen. */
  private placeholders = new Map<number, { count: number; line: number; columnNumber: number; marks: Set<string> }>();

  constructor(readonly fields: readonly FieldSpec[]) {
    this.readers = fields.map(cellReader);
    const index = new Map(fields.map((field, i) => [field.name, i]));
    this.parts = fields.flatMap((field, i) =>
      field.max !== undefined && index.has(field.max) ? [{ index: i, total: index.get(field.max)! }] : [],
    );
    this.county = index.get('county') ?? -1;
    this.year = index.get('year') ?? -1;
    this.reportDate = index.get('report_date') ?? -1;
    if (this.year >= 0) this.readers[this.year] = usableYear(this.readers[this.year]!);
  }

  /**
   * The unit a file's header gives a column whose field has none (`人数（人）`): its cells may
   * carry it (`96人`, `1.2万人`), as they may a field's own unit.
   */
  labelUnit(index: number, unit: string): void {
    const field = this.fields[index]!;
    if (field.unit !== undefined || index === this.year) return;
    this.readers[index] = cellReader({ ...field, unit });
  }

  /** A column given as an index on a base of 100: its cells read 103.5 as 3.5 (the percent), exactly. */
  indexForm(index: number): void {
    const read = this.readers[index]!;
    this.readers[index] = (text) => {
      const result = read(text);
      if (typeof result === 'object' || typeof result === 'number') {
        if (result instanceof Placeholder || result instanceof CellProblem) return result;
        return simplify(sub(toExact(result), { n: 100n, d: 1n }));
      }
      return result;
    };
  }

  /**
   * `record[i]` feeds field `fieldOf[i]` (-1: none). Cells past the end of the record
   * stay blank; the reader reports short rows itself.
   */
  build(
    record: readonly RawCell[],
    fieldOf: readonly number[],
    file: string,
    line: number,
    problems: (p: Problem) => void,
  ): Row {
    const fields = this.fields;
    const cells: Cell[] = new Array<Cell>(fields.length);
    const width = Math.min(record.length, fieldOf.length);
    for (let i = 0; i < width; i++) {
      const target = fieldOf[i]!;
      if (target < 0) continue;
      const raw = record[i]!;
      const result = typeof raw === 'string' ? this.readers[target]!(raw) : raw;
      if (result instanceof Placeholder) {
        cells[target] = undefined;
        const seen = this.placeholders.get(target);
        if (seen) {
          seen.count++;
          seen.marks.add(result.text);
        } else {
          this.placeholders.set(target, { count: 1, line, columnNumber: i + 1, marks: new Set([result.text]) });
        }
      } else if (result instanceof CellProblem) {
        const field = fields[target]!;
        cells[target] = null;
        problems({
          file,
          line,
          column: field.name,
          columnNumber: i + 1,
          code: result.code,
          level: 'error',
          message: joined(`${field.label}: `, result.message),
        });
      } else {
        cells[target] = result;
      }
    }
    for (const { index, total } of this.parts) {
      const value = cells[index] as Num | null | undefined;
      const whole = cells[total] as Num | null | undefined;
      if (value == null || whole == null || compareNum(value, whole) <= 0) continue;
      cells[index] = null;
      const field = fields[index]!;
      const at = fieldOf.indexOf(index);
      problems({
        file,
        line,
        column: field.name,
        columnNumber: at < 0 ? undefined : at + 1,
        code: 'exceeds-total',
        level: 'error',
        message: say('exceedsTotal', field.label, fields[total]!.label, numText(value), numText(whole)),
      });
    }
    return this.row(cells, file, line);
  }

  /** One notice per column that held placeholders: they were read as blanks, never as zeros. */
  reportPlaceholders(file: string, problems: (p: Problem) => void): void {
    for (const [target, seen] of [...this.placeholders].sort((a, b) => a[0] - b[0])) {
      const field = this.fields[target]!;
      const marks = listOf([...seen.marks].map((mark) => `'${mark}'`));
      problems({
        file,
        line: seen.line,
        column: field.name,
        columnNumber: seen.columnNumber,
        code: 'placeholder-blank',
        level: 'notice',
        message: say('placeholderBlank', field.label, seen.count, marks),
      });
    }
    this.placeholders = new Map();
  }

  private row(cells: Cell[], file: string, line: number): Row {
    const county = cells[this.county];
    const year = cells[this.year];
    const reportDate = cells[this.reportDate];
    return {
      file,
      line,
      county: typeof county === 'string' ? county : null,
      year: typeof year === 'number' ? year : null,
      reportDate: typeof reportDate === 'string' ? reportDate : null,
      cells,
    };
  }
}

/**
 * A row's year is a plain number to the engine and the keys: a year cell beyond the safe integers
 * (only a pack without maxValue on year lets one through) is unusable, and reported at its cell,
 * so that every rule that reads the year says `invalid` there on every path.
 */
function usableYear(read: CellReader): CellReader {
  return (raw) => {
    const result = read(raw);
    if (result === undefined || result instanceof CellProblem || result instanceof Placeholder) return result;
    if (typeof result === 'number' && Number.isSafeInteger(result)) return result;
    return new CellProblem('year-too-large', say('read.yearTooLarge', raw.trim(), Number.MAX_SAFE_INTEGER));
  };
}
