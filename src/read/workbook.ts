// Reads a workbook's sheets as the data set's inputs: each sheet's records go through the same
// record→row stage as a CSV file's, so every layout rule applies alike. Picks the sheets asked
// for, or else those whose header names the pack's columns, and names every sheet left out.
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import type { FieldSpec, Problem } from '../model/types.js';
import type { RecordBatch } from './csv.js';
import { HeaderSearch, isBlankRecord } from './header-search.js';
import { fieldLookup, headerScore } from './headers.js';
import { tablesOf } from '../model/tables.js';
import { en } from '../words/en.js';
import { zh } from '../words/zh.js';
import type { InputHost } from './input-bytes.js';
import { visible } from '../model/visible.js';
import type { OpenedWorkbook, WorkbookSheet } from './workbook-types.js';
import { InflateBudget } from './zip.js';
import type { ReadContext, ReadInput } from './reader.js';
import { workbookReaderOfBytes } from './readers.js';
import { joined, say, type Text } from '../words/message.js';

/** Opens a workbook by what its bytes are, whatever its extension says; `budget`: what the run may still inflate. */
export async function openWorkbook(
  file: string,
  host: InputHost,
  budget = new InflateBudget(),
): Promise<OpenedWorkbook> {
  const head = new Uint8Array(8);
  try {
    const input = await host.open(file);
    try {
      await input.read(head, 0);
    } finally {
      await input.close();
    }
  } catch (error) {
    throw new DuibiaoError('file-unreadable', joined(`${file}: `, fsErrorSaid(error)));
  }
  const reader = workbookReaderOfBytes(head);
  if (reader?.openWorkbook === undefined)
    throw new DuibiaoError('format-error', say('workbook.notReadable', file, say('workbook.neitherZipNorOle')));
  return reader.openWorkbook(file, budget, host);
}

/** A workbook's sheets as the inputs of a workbook reader: each read through before the next is given. */
export async function* workbookInputs(file: string, context: ReadContext): AsyncGenerator<ReadInput> {
  const budget = await context.budget();
  for await (const sheet of workbookSheets(
    file,
    context.host,
    context.fields,
    context.sheets,
    context.problem,
    budget,
  )) {
    yield {
      sheet: { format: sheet.format, sheet: sheet.name },
      open: async () => Promise.resolve({ estimatedRows: 0, records: sheet.records }),
    };
  }
}

/** A sheet to read as an input of its own: its records, from the top. */
export interface SheetRecords {
  name: string;
  format: string;
  records: AsyncGenerator<RecordBatch>;
}

/** The sheets of a workbook to read, each read through before the next is given. */
export async function* workbookSheets(
  file: string,
  host: InputHost,
  fields: readonly FieldSpec[],
  wanted: readonly string[],
  report: (p: Problem) => void,
  budget = new InflateBudget(),
): AsyncGenerator<SheetRecords> {
  const book = await openWorkbook(file, host, budget);
  try {
    const lookups = {
      all: fieldLookup(fields),
      other: fieldLookup(fields.filter((_, i) => !keyFields(fields).has(i))),
    };
    const chosen = wanted.length > 0 ? pickSheets(book, wanted, file) : undefined;
    let read = 0;
    // A sheet skipped is named once a sheet beside it is read; with none read, the workbook's one problem names them all.
    const skipped: { notice: Problem; plain: boolean }[] = [];
    for (const sheet of chosen ?? book.sheets) {
      // A skipped sheet is held until a sheet beside it is read; `plain`: skipped only for naming none of the pack's columns.
      const skip = (message: Text, plain = false): void =>
        void skipped.push({
          notice: { file, sheet: sheet.name, line: 1, code: 'sheet-skipped', level: 'notice', message },
          plain,
        });
      // A hidden sheet is the list behind a drop-down, or a working sheet: never the return itself.
      if (!chosen && sheet.hidden) {
        skip(say('workbook.sheetHidden', visible(sheet.name)));
        continue;
      }
      const records = await peek(sheet, lookups, chosen !== undefined);
      if (!chosen && records.kind !== 'return') {
        // The template's own 说明 sheet is part of the form the office was sent: nothing to say of it.
        if (records.kind === 'no-header') skip(say('workbook.sheetSkipped', visible(sheet.name)), true);
        else if (records.kind === 'keys-only') skip(say('workbook.sheetKeysOnly', visible(sheet.name)));
        continue;
      }
      read++;
      for (const { notice } of skipped.splice(0)) report(notice);
      yield { name: sheet.name, format: book.format, records: records.batches };
    }
    // No sheet has a header: one problem for the workbook, as for a CSV file without one; the run's other files are read.
    if (read === 0) {
      const names =
        book.sheets.length === 0
          ? say('workbook.noSheets')
          : someNames(
              book.sheets.map((sheet) => say('workbook.sheetName', visible(sheet.name))),
              say('workbook.sheetsJoin'),
            );
      // The sheets skipped for a reason of their own (hidden, a list of keys) are still named with it.
      for (const { notice, plain } of skipped) if (!plain) report(notice);
      report({ file, line: 1, code: 'no-header', level: 'error', message: say('workbook.noSheet', names) });
    } else {
      for (const { notice } of skipped) report(notice);
    }
  } finally {
    await book.close();
  }
}

/** The key columns: the county, its code and each table's period. A header of these alone is a list of counties, not a return. */
function keyFields(fields: readonly FieldSpec[]): Set<number> {
  const keys = new Set(tablesOf(fields).map((table) => table.period));
  fields.forEach((field, i) => {
    if (field.name === 'county' || field.name === 'county_code') keys.add(i);
  });
  return keys;
}

/** The headings of the 说明 sheet of the template duibiao writes, in each language it writes it. */
const GUIDE_HEADINGS = [zh.xlsx.guideHeadings, en.xlsx.guideHeadings].map((headings) => headings.join('\u0000'));

function isTemplateGuide(record: readonly string[]): boolean {
  let end = record.length;
  while (end > 0 && record[end - 1]!.trim() === '') end--;
  return GUIDE_HEADINGS.includes(
    record
      .slice(0, end)
      .map((cell) => cell.trim())
      .join('\u0000'),
  );
}

/** The sheets named by `--sheet`: a name, else a 1-based number. */
function pickSheets(book: OpenedWorkbook, wanted: readonly string[], file: string): WorkbookSheet[] {
  return wanted.map((want) => {
    const byName = book.sheets.find((sheet) => sheet.name === want);
    const byNumber = /^\d+$/.test(want) ? book.sheets[Number(want) - 1] : undefined;
    const sheet = byName ?? byNumber;
    if (!sheet) {
      const names = someNames(
        book.sheets.map((s, i) => say('workbook.numberedSheet', i + 1, visible(s.name))),
        say('workbook.numberedSheetsJoin'),
      );
      throw new DuibiaoError('sheet-not-found', say('workbook.sheetNotFound', file, visible(want), names));
    }
    return sheet;
  });
}

/** Names a stop lists at most: a workbook of a hundred thousand sheets still makes one short line. */
const LISTED_NAMES = 10;

function someNames(names: readonly Text[], join: Text): Text {
  const listed = joined(...names.slice(0, LISTED_NAMES).flatMap((name, i) => (i === 0 ? [name] : [join, name])));
  return names.length > LISTED_NAMES ? say('workbook.andMore', listed, names.length - LISTED_NAMES) : listed;
}

interface PeekedSheet {
  /** A return; a list of key columns only; no header naming two columns; the template's 说明 sheet. */
  kind: 'return' | 'keys-only' | 'no-header' | 'template-guide';
  batches: AsyncGenerator<RecordBatch>;
}

/**
 * Reads a sheet's first rows, as the header search of its records will, to tell whether its
 * header names at least two of the pack's columns, and one that is not a key.
 */
async function peek(
  sheet: WorkbookSheet,
  lookups: { all: ReadonlyMap<string, number>; other: ReadonlyMap<string, number> },
  readAnyway: boolean,
): Promise<PeekedSheet> {
  const source = sheet.records();
  const seen: RecordBatch[] = [];
  const search = new HeaderSearch(lookups.all);
  let found = false;
  let first: string[] | undefined;
  while (!found) {
    const step = await source.next();
    if (step.done) break;
    seen.push(step.value);
    const { records, lines } = step.value;
    for (let i = 0; i < records.length && !found; i++) {
      if (first === undefined && !isBlankRecord(records[i]!)) first = records[i]!;
      found = search.offer(records[i]!, lines[i]!);
    }
  }
  const best = search.bestScore();
  const header = search.take().find((held) => held.score === best);
  const kind =
    first !== undefined && isTemplateGuide(first)
      ? 'template-guide'
      : best < 2 || !header
        ? 'no-header'
        : // A table of key columns only (a roster) has no other column to name.
          lookups.other.size > 0 && headerScore(header.record, lookups.other) === 0
          ? 'keys-only'
          : 'return';
  async function* batches(): AsyncGenerator<RecordBatch> {
    yield* seen;
    yield* source;
  }
  if (kind !== 'return' && !readAnyway) await source.return(undefined);
  return { kind, batches: batches() };
}
