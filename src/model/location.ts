// Where a row is, for its verdicts and its problems: its file and line, and its sheet when it comes from a workbook.
import type { DataCode } from './codes.js';
import type { Location, Problem, ProblemLevel, Row } from './types.js';
import type { Text } from '../words/message.js';

export function locationOf(row: Row): Location {
  return row.sheet === undefined
    ? { file: row.file, line: row.line }
    : { file: row.file, sheet: row.sheet, line: row.line };
}

/**
 * A problem at a row, about one of its columns: the object `{ ...locationOf(row), column, code,
 * level, message }` is, its keys in that order, made as one literal. Spreading the location into
 * each problem gave, in V8, every problem a hidden class of its own, made in the old generation
 * and freed only by a full collection: on a file of 700,000 duplicate county-years some 150 MB of
 * them were made and dropped (docs/performance.md). Where a row has a problem per row, make it here.
 */
export function rowProblem(row: Row, column: string, code: DataCode, level: ProblemLevel, message: Text): Problem {
  return row.sheet === undefined
    ? { file: row.file, line: row.line, column, code, level, message }
    : { file: row.file, sheet: row.sheet, line: row.line, column, code, level, message };
}
