// `--sheet` picks sheets of workbooks. Given to a run that reads no workbook it could only be
// ignored, and a CI job that asked for one sheet would pass on data it never chose: the run stops,
// as it does when a workbook lacks the sheet asked for.
import { DuibiaoError } from '../errors.js';
import { readerOf } from './readers.js';
import { say } from '../words/message.js';

export function refuseSheetsWithoutWorkbook(files: readonly string[], sheets: readonly string[]): void {
  if (sheets.length === 0 || files.length === 0 || files.some((file) => readerOf(file).workbook)) return;
  throw new DuibiaoError(
    'sheet-without-workbook',
    say('read.sheetIgnored', sheets.map((sheet) => `'${sheet}'`).join(' ')),
  );
}
