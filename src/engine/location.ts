// Where a row's verdicts point: its file and line, and its sheet when it comes from a workbook.
import type { Location, Row } from '../model/types.js';

export function locationOf(row: Row): Location {
  return row.sheet === undefined ? { file: row.file, line: row.line } : { file: row.file, sheet: row.sheet, line: row.line };
}
