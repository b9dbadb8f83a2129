// Builds one Row from its cells: reads each cell, then checks parts against their totals.
import { compare, type Exact } from '../model/exact.js';
import type { CellValue, FieldSpec, Problem, Row } from '../model/types.js';
import { CellProblem, readCell } from './cells.js';

export interface RawCell {
  field: FieldSpec;
  /** The text as typed, or a problem the reader already found. */
  raw: string | CellProblem;
  columnNumber: number;
}

export function buildRow(
  cells: Iterable<RawCell>,
  parts: readonly FieldSpec[],
  file: string,
  line: number,
  problems: (problem: Problem) => void,
): Row {
  const values = new Map<string, CellValue>();
  const invalid = new Set<string>();
  const columnNumbers = new Map<string, number>();
  for (const { field, raw, columnNumber } of cells) {
    columnNumbers.set(field.name, columnNumber);
    const result = typeof raw === 'string' ? readCell(field, raw) : raw;
    if (result instanceof CellProblem) {
      invalid.add(field.name);
      problems({ file, line, column: field.name, columnNumber, code: result.code, level: 'error', message: `${field.label}: ${result.message}` });
    } else if (result !== undefined) {
      values.set(field.name, result);
    }
  }
  for (const part of parts) {
    const value = values.get(part.name) as Exact | undefined;
    const total = values.get(part.max!) as Exact | undefined;
    if (value !== undefined && total !== undefined && compare(value, total) > 0) {
      values.delete(part.name);
      invalid.add(part.name);
      problems({
        file,
        line,
        column: part.name,
        columnNumber: columnNumbers.get(part.name),
        code: 'exceeds-total',
        level: 'error',
        message: `${part.label} exceeds ${part.max} (${describe(value)} > ${describe(total)})`,
      });
    }
  }
  const year = values.get('year') as Exact | undefined;
  const county = values.get('county');
  const reportDate = values.get('report_date');
  return {
    file,
    line,
    county: typeof county === 'string' ? county : null,
    year: year === undefined ? null : Number(year.n / year.d),
    reportDate: typeof reportDate === 'string' ? reportDate : null,
    values,
    invalid,
  };
}

function describe(value: Exact): string {
  return value.d === 1n ? String(value.n) : String(Number(value.n) / Number(value.d));
}
