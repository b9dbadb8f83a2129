// A record the CSV parser cannot read ends the file: nothing after it can be trusted.
import type { CsvError } from 'csv-parse';
import { DuibiaoError } from '../errors.js';
import { say } from '../words/message.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

/** The parser's error as the run's failure, at the line where the unreadable record starts. */
export function unreadableRecord(error: CsvError, file: string, line: number): DuibiaoError {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DuibiaoError('quote-not-closed', say('quoteNotClosed', file, line));
    case 'CSV_MAX_RECORD_SIZE':
      return new DuibiaoError('record-too-large', say('recordTooLarge', file, line, MAX_RECORD_BYTES / 1024 / 1024));
    default:
      // The parser's own words may quote the damaged text: name its code instead.
      return new DuibiaoError('format-error', say('recordUnreadable', file, line, error.code));
  }
}
