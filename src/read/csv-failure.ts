// A record the CSV parser cannot read ends the file: nothing after it can be trusted.
import type { CsvError } from 'csv-parse';
import { DuibiaoError } from '../errors.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

/** The parser's error as the run's failure, at the line where the unreadable record starts. */
export function unreadableRecord(error: CsvError, file: string, line: number): DuibiaoError {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DuibiaoError('quote-not-closed', `${file}:${line}: a quote opened at line ${line} is never closed, so the rest of the file cannot be read`);
    case 'CSV_MAX_RECORD_SIZE':
      return new DuibiaoError(
        'record-too-large',
        `${file}:${line}: the record starting here is over ${MAX_RECORD_BYTES / 1024 / 1024} MiB, which no county row is (often a quote opened here and never closed); the rest of the file is not read`,
      );
    default:
      // The parser's own words may quote the damaged text: name its code instead.
      return new DuibiaoError('format-error', `${file}:${line}: the CSV record starting here cannot be read (${error.code}); the rest of the file is not read`);
  }
}
