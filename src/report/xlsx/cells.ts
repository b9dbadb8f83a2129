// Text from the data as a workbook cell: always a string value, never a formula, no control character.
import { printable } from '../layout.js';

/** A string cell, whatever it starts with: exceljs writes a formula only when given { formula }. */
export function textCell(text: string): string {
  return printable(text);
}
