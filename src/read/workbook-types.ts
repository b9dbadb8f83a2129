// What a workbook reader gives the data set: its sheets, each a source of records like a CSV file's.
import type { RecordBatch } from './csv.js';

export interface WorkbookSheet {
  name: string;
  /** The sheet's rows as records of cell text, `line` being the sheet's row number. */
  records(): AsyncGenerator<RecordBatch>;
}

export interface OpenedWorkbook {
  format: 'xlsx' | 'xls';
  sheets: WorkbookSheet[];
  close(): Promise<void>;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A name taken from inside a workbook (a sheet, a zip entry), safe to put in a message: control characters shown as \uXXXX. */
export function shownName(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
