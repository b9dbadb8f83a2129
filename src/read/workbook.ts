// Reads a workbook's sheets as the data set's inputs: each sheet's records go through the same
// record→row stage as a CSV file's, so every layout rule applies alike. Picks the sheets asked
// for, or else those whose header names the pack's columns, and names every sheet left out.
import { DuibiaoError, describeFsError } from '../errors.js';
import type { FieldSpec, InputInfo, Problem } from '../model/types.js';
import type { RecordBatch } from './csv.js';
import { section } from '../words/words.js';
import { HeaderSearch } from './header-search.js';
import { fieldLookup } from './headers.js';
import { openRegular } from './regular-file.js';
import { visible } from '../model/visible.js';
import type { OpenedWorkbook, WorkbookSheet } from './workbook-types.js';

const WORDS = section('workbook');

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Opens a workbook by what its bytes are, whatever its extension says. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  const head = Buffer.alloc(8);
  try {
    const { handle } = await openRegular(file);
    try {
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new DuibiaoError('file-unreadable', `${file}: ${describeFsError(error)}`);
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return (await import('./xlsx.js')).openXlsx(file);
  if (head.equals(CFB_MAGIC)) {
    const xls = await import('./xls.js');
    const bytes = await xls.readWhole(file, xls.MAX_XLS_BYTES);
    // An encrypted .xlsx is an OLE file holding EncryptionInfo and the encrypted package.
    // SheetJS declares CFB `any`: the two calls made here, typed.
    const CFB = (await import('@e965/xlsx')).CFB as { read(data: Buffer, options: { type: 'buffer' }): unknown; find(container: unknown, path: string): unknown };
    let encrypted: boolean;
    try {
      encrypted = CFB.find(CFB.read(bytes, { type: 'buffer' }), 'EncryptionInfo') != null;
    } catch (error) {
      throw new DuibiaoError('format-error', WORDS.notReadable(file, visible((error as Error).message)));
    }
    if (encrypted) throw xls.encrypted(file);
    return xls.openXls(file, bytes);
  }
  throw new DuibiaoError('format-error', WORDS.notReadable(file, WORDS.neitherZipNorOle));
}

/** A sheet to read as an input of its own: its records, from the top. */
export interface SheetRecords {
  name: string;
  format: InputInfo['format'];
  records: AsyncGenerator<RecordBatch>;
}

/** The sheets of a workbook to read, each read through before the next is given. */
export async function* workbookSheets(file: string, fields: readonly FieldSpec[], wanted: readonly string[], report: (p: Problem) => void): AsyncGenerator<SheetRecords> {
  const book = await openWorkbook(file);
  try {
    const lookup = fieldLookup(fields);
    const chosen = wanted.length > 0 ? pickSheets(book, wanted, file) : undefined;
    let read = 0;
    for (const sheet of chosen ?? book.sheets) {
      const records = await peek(sheet, lookup, chosen !== undefined);
      if (!chosen && !records.recognised) {
        report({ file, sheet: sheet.name, line: 1, code: 'sheet-skipped', level: 'notice', message: WORDS.sheetSkipped(visible(sheet.name)) });
        continue;
      }
      read++;
      yield { name: sheet.name, format: book.format, records: records.batches };
    }
    if (read === 0) {
      const names = book.sheets.map((sheet) => WORDS.sheetName(visible(sheet.name))).join(WORDS.sheetsJoin) || WORDS.noSheets;
      throw new DuibiaoError('workbook-no-sheet', WORDS.noSheet(file, names));
    }
  } finally {
    await book.close();
  }
}

/** The sheets named by `--sheet`: a name, else a 1-based number. */
function pickSheets(book: OpenedWorkbook, wanted: readonly string[], file: string): WorkbookSheet[] {
  return wanted.map((want) => {
    const byName = book.sheets.find((sheet) => sheet.name === want);
    const byNumber = /^\d+$/.test(want) ? book.sheets[Number(want) - 1] : undefined;
    const sheet = byName ?? byNumber;
    if (!sheet) {
      const names = book.sheets.map((s, i) => WORDS.numberedSheet(i + 1, visible(s.name))).join(WORDS.numberedSheetsJoin);
      throw new DuibiaoError('sheet-not-found', WORDS.sheetNotFound(file, visible(want), names));
    }
    return sheet;
  });
}

interface PeekedSheet {
  recognised: boolean;
  batches: AsyncGenerator<RecordBatch>;
}

/**
 * Reads a sheet's first rows, as the header search of its records will, to tell whether its
 * header names at least two of the pack's columns.
 */
async function peek(sheet: WorkbookSheet, lookup: ReadonlyMap<string, number>, readAnyway: boolean): Promise<PeekedSheet> {
  const source = sheet.records();
  const seen: RecordBatch[] = [];
  const search = new HeaderSearch(lookup);
  let found = false;
  while (!found) {
    const step = await source.next();
    if (step.done) break;
    seen.push(step.value);
    const { records, lines } = step.value;
    for (let i = 0; i < records.length && !found; i++) found = search.offer(records[i]!, lines[i]!);
  }
  const recognised = search.bestScore() >= 2;
  async function* batches(): AsyncGenerator<RecordBatch> {
    yield* seen;
    yield* source;
  }
  if (!recognised && !readAnyway) await source.return(undefined);
  return { recognised, batches: batches() };
}
