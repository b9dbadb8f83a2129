// The look the workbooks share: a bold shaded heading row, and a fill for each verdict.
import type ExcelJS from 'exceljs';
import type { Status } from '../../model/types.js';

/** Each verdict's fill, as ARGB. */
export const FILL: Record<Status, string> = {
  pass: 'FFC8E6C9',
  fail: 'FFFFCDD2',
  pending: 'FFFFE0B2',
  not_applicable: 'FFEEEEEE',
  missing: 'FFD7CCC8',
  invalid: 'FFE1BEE7',
  waived: 'FFBBDEFB',
};

export function fillOf(status: Status): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[status] } };
}

/** The heading row's fill, as ARGB. */
export const HEADING_FILL = 'FFE0E0E0';

export function headingRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } };
  });
}
