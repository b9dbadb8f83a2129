// Where a row is, for its verdicts and its problems: its file and line, and its sheet when it comes from a workbook.
import type { Location, Row } from './types.js';

export function locationOf(row: Row): Location {
  return row.sheet === undefined
    ? { file: row.file, line: row.line }
    : { file: row.file, sheet: row.sheet, line: row.line };
}
