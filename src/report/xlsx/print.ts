// How the workbooks' sheets print and how wide their columns are: each sheet on A4 landscape, one
// page wide however many pages long, its heading row repeated at the top of every page; each
// column as wide as what it holds, a Chinese character counting as two.
import type ExcelJS from 'exceljs';
import type { Figures } from '../../model/types.js';

/** How every sheet prints: A4 (Excel's paper 9) landscape, one page wide and as many long as the rows need. */
export const PAGE = {
  paperSize: 9,
  orientation: 'landscape',
  fitToWidth: 1,
  // Zero: as many pages long as the rows need (Excel's "fit all columns on one page").
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** The page setup of every sheet as exceljs takes it (the template): PAGE, the heading row on each page. */
export const PRINT: Partial<ExcelJS.PageSetup> = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- A4 (9): exceljs's enum is a type here, not loaded
  paperSize: PAGE.paperSize,
  orientation: PAGE.orientation,
  fitToPage: true,
  fitToWidth: PAGE.fitToWidth,
  fitToHeight: PAGE.fitToHeight,
  printTitlesRow: '1:1',
  horizontalCentered: PAGE.horizontalCentered,
  margins: { ...PAGE.margins },
};

/** A ratio's figure is a share: shown as a percentage, its value the share itself (0.375 shows 37.5%). */
const NUMBER_FORMATS: Record<Figures, string> = {
  share: '0.0#%',
  // A growth's figure is already in percent: the sign is written after it, the value left as it is.
  percent: '0.0#"%"',
};

export function numberFormat(figures: Figures): string {
  return NUMBER_FORMATS[figures];
}

/** Wide characters (CJK, full-width forms) take two columns, as Excel sizes a column to them. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a cell's text in Excel's column units: its longest line, a wide character counting as two. */
export function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a cell's value: text, a number, a date or a boolean
  const text = typeof value === 'number' ? String(Math.round(value * 1e4) / 1e4) : String(value);
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const char of line) width += WIDE.test(char) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/** What bounds a column's width: at least `min`, at most `max` (a longer text wraps, or is cut at the edge). */
export interface ColumnBounds {
  min: number;
  max: number;
}

/** Column widths that fit the widest of the given rows, within each column's bounds, with a margin of two. */
export class ColumnWidths {
  private readonly widest: number[];

  constructor(private readonly bounds: readonly ColumnBounds[]) {
    this.widest = bounds.map(() => 0);
  }

  add(values: readonly unknown[]): void {
    values.forEach((value, index) => {
      if (index < this.widest.length) this.widest[index] = Math.max(this.widest[index]!, textWidth(value));
    });
  }

  widths(): number[] {
    return this.bounds.map(({ min, max }, index) => Math.min(max, Math.max(min, this.widest[index]! + 2)));
  }
}
