// Where a verdict or problem is, as the person-facing reports show it: `file:line:column` for a
// text file; for a workbook its sheet, the row and, where one cell is meant, the cell.
import { formatLocation } from '../errors.js';
import { section } from '../words/words.js';

export interface Place {
  file: string;
  sheet?: string | undefined;
  line: number;
  columnNumber?: number | undefined;
  cell?: string | undefined;
}

const WORDS = section('place');

/** `县.xlsx 工作表“Sheet1” 第7行 单元格 F7`; each name passed through `show` (a reporter's escaping). */
export function placeText(where: Place, show: (text: string) => string = (text) => text): string {
  if (where.sheet === undefined)
    return formatLocation({ file: show(where.file), line: where.line, column: where.columnNumber });
  const parts = [show(where.file), WORDS.sheet(show(where.sheet)), WORDS.row(where.line)];
  if (where.cell !== undefined) parts.push(WORDS.cell(where.cell));
  return parts.join(' ');
}
