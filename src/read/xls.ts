// Reads an .xls workbook (BIFF8, Excel 97–2003) with SheetJS, loaded only when one is read. A
// BIFF file holds at most 65,536 rows and is parsed whole; its size is bounded before it is.
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import type { RecordBatch } from './csv.js';
import { booleanText, shapedText, shapeOfCode } from './excel-values.js';
import { isTooLarge, readAllBytes, type InputHost } from './input-bytes.js';
import { visible } from '../model/visible.js';
import type { OpenedWorkbook } from './workbook-types.js';
import { MAX_MERGED_RANGES, MergeFill, type MergedRange } from './merged-cells.js';
import { joined, say } from '../words/message.js';

/** No Excel 97–2003 return comes near this; SheetJS holds the parsed file in memory. */
export const MAX_XLS_BYTES = 64 * 1024 * 1024;
const BATCH = 1000;

/** A merged range as SheetJS gives it: 0-based rows and columns. */
interface XlsRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** A range over several rows, its rows as lines; one within a row shows its value once and is left as it is. */
function rangeOfXls({ s, e }: XlsRange): MergedRange[] {
  return e.r > s.r ? [{ top: s.r + 1, left: s.c, bottom: e.r + 1, right: e.c }] : [];
}

interface XlsCell {
  t: 'n' | 's' | 'b' | 'e' | 'z' | 'd';
  v?: unknown;
  w?: string;
  z?: string | number;
}

export async function openXls(file: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const XLSX = await import('@e965/xlsx');
  let book: ReturnType<typeof XLSX.read>;
  try {
    book = quietly(() =>
      XLSX.read(bytes, {
        type: 'array',
        dense: true,
        cellNF: true,
        cellText: false,
        cellDates: false,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
      }),
    );
  } catch (error) {
    const message = (error as Error).message;
    if (/password-protected|encrypt/i.test(message)) throw encrypted(file);
    // SheetJS's own words are English whatever the run's language: they are for --debug.
    throw new DuibiaoError('format-error', say('workbook.notReadable', file, say('workbook.xlsDamaged')), [], {
      cause: error,
    });
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const listed = book.Workbook?.Sheets ?? [];
  const sheets = book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name] as unknown as
      { '!data'?: (XlsCell | undefined)[][]; '!ref'?: string; '!merges'?: XlsRange[] } | undefined;
    // Every record as wide as the sheet's used range, as Excel writes it to CSV.
    const width = sheet?.['!ref'] ? XLSX.utils.decode_range(sheet['!ref']).e.c + 1 : 0;
    // SheetJS: 0 visible, 1 hidden, 2 very hidden.
    const hidden = (listed[index]?.Hidden ?? 0) !== 0;
    const merges = sheet?.['!merges'] ?? [];
    if (merges.length > MAX_MERGED_RANGES)
      throw new DuibiaoError(
        'workbook-too-large',
        say('workbook.refused', file, say('workbook.mergedRanges', visible(name), MAX_MERGED_RANGES)),
      );
    const fill = new MergeFill(merges.flatMap(rangeOfXls));
    return { name, hidden, records: () => sheetRecords(sheet?.['!data'] ?? [], width, date1904, fill) };
  });
  return { format: 'xls', sheets, close: () => Promise.resolve() };
}

/** The bytes of a file that is to be parsed whole, refused when larger than any return. */
export async function readWhole(file: string, host: InputHost, limit: number): Promise<Uint8Array> {
  try {
    return await readAllBytes(await host.open(file), limit, () => say('workbook.xlsTooLarge', limit));
  } catch (error) {
    if (isTooLarge(error))
      throw new DuibiaoError('workbook-too-large', say('workbook.refused', file, say('workbook.xlsTooLarge', limit)));
    throw new DuibiaoError('file-unreadable', joined(`${file}: `, fsErrorSaid(error)));
  }
}

/**
 * Runs SheetJS with the console quiet: it writes notes of its own (`Missing Info for XLS Record
 * 0x600`) straight to the console, in English whatever the run's language, and a damaged file is
 * refused in the run's words anyway. SheetJS parses synchronously, so nothing else is silenced.
 */
export function quietly<T>(read: () => T): T {
  const { error, warn, log, info } = console;
  const quiet = (): void => undefined;
  Object.assign(console, { error: quiet, warn: quiet, log: quiet, info: quiet });
  try {
    return read();
  } finally {
    Object.assign(console, { error, warn, log, info });
  }
}

export function encrypted(file: string): DuibiaoError {
  return new DuibiaoError('workbook-encrypted', say('workbook.encrypted', file));
}

/**
 * A sheet's records from the book SheetJS parsed whole: that parse is one synchronous call, which
 * no Ctrl-C interrupts; the loop turns between the batches after it (read/files.ts).
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a reader's records are an async generator, even from memory
async function* sheetRecords(
  rows: readonly ((XlsCell | undefined)[] | undefined)[],
  width: number,
  date1904: boolean,
  merged: MergeFill,
): AsyncGenerator<RecordBatch> {
  // Each reading fills from the start.
  const fill = merged.empty ? undefined : merged.fresh();
  let batch: RecordBatch = { records: [], lines: [] };
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const record = cells ? Array.from(cells, (cell) => cellText(cell, date1904)) : [];
    if (record.some((text) => text.trim() !== '')) {
      while (record.length < width) record.push('');
      fill?.apply(record, r + 1);
    }
    batch.records.push(record);
    batch.lines.push(r + 1);
    if (batch.records.length >= BATCH) {
      yield batch;
      batch = { records: [], lines: [] };
    }
  }
  // Trailing blank rows are formatting, not rows: as in an .xlsx they are not kept.
  while (batch.records.length > 0 && batch.records[batch.records.length - 1]!.every((text) => text.trim() === '')) {
    batch.records.pop();
    batch.lines.pop();
  }
  if (batch.records.length > 0) yield batch;
}

const ERRORS = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
]);

function cellText(cell: XlsCell | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a string cell's value, typed unknown
      return String(cell.v ?? '');
    case 'b':
      return booleanText(cell.v === true);
    case 'e':
      return ERRORS.get(cell.v as number) ?? cell.w ?? '#VALUE!';
    case 'n': {
      const format = typeof cell.z === 'string' ? cell.z : 'General';
      return shapedText(cell.v as number, shapeOfCode(format), date1904);
    }
    default:
      return '';
  }
}
