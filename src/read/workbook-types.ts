// What a workbook reader gives the data set: its sheets, each a source of records like a CSV file's.
import type { RecordBatch } from './csv.js';

export interface WorkbookSheet {
  name: string;
  /** Hidden in the workbook (Excel's hidden or very hidden): a list behind a drop-down, never a return. */
  hidden: boolean;
  /** The sheet's rows as records of cell text, `line` being the sheet's row number. */
  records(): AsyncGenerator<RecordBatch>;
}

export interface OpenedWorkbook {
  /** The name of the reader that opened it (src/read/readers.ts). */
  format: string;
  sheets: WorkbookSheet[];
  close(): Promise<void>;
}
