// Reads a CSV file into batches of rows: csv-parse's core in arrays mode, our own header mapping,
// and every record's first line kept.
import { CsvError, parse } from 'csv-parse';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { MAX_RECORD_BYTES, unreadableRecord } from './csv-failure.js';
import { openText } from './decode.js';
import { sniffDelimiter } from './delimiter.js';
import type { Encoding } from './encoding.js';
import { fieldLookup, mapHeaders, reportAbsentColumns, type HeaderMap } from './headers.js';
import { headerKey } from './normalize.js';
import { RecordLines } from './record-lines.js';
import { RowBuilder } from './row.js';
import { words } from '../words/words.js';

export interface CsvSource {
  encoding: Encoding;
  /** How many rows the file holds, judged from the size of its first lines. */
  estimatedRows: number;
  batches: AsyncGenerator<Row[]>;
}

/** A CSV file as csv-parse reads it: records, each with the physical line it starts at. */
export interface CsvRecordSource {
  encoding: Encoding;
  estimatedRows: number;
  batches: AsyncGenerator<RecordBatch>;
}

export interface RecordBatch {
  records: string[][];
  lines: number[];
}

/** The synchronous core of a csv-parse Parser: records are pushed while `parse` runs, with `info` live. */
interface ParserCore {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number };
}

export async function readCsv(file: string, fields: readonly FieldSpec[], problems: (p: Problem) => void): Promise<CsvSource> {
  const source = await readCsvRecords(file);
  return { ...source, batches: rowsOf(source.batches, new CsvRecords(file, fields, problems)) };
}

async function* rowsOf(batches: AsyncGenerator<RecordBatch>, reader: CsvRecords): AsyncGenerator<Row[]> {
  for await (const batch of batches) {
    const rows = reader.batch(batch);
    if (rows.length > 0) yield rows;
  }
  reader.finish();
}

export async function readCsvRecords(file: string): Promise<CsvRecordSource> {
  const text = await openText(file);
  const parser = parse({
    delimiter: sniffDelimiter(text.head),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_BYTES,
  });
  // Driving the parser's core directly skips a stream hop and an info object per record;
  // the core is what the stream runs too, and its line count is exact at each push.
  const core = (parser as unknown as { api: ParserCore }).api;
  const lines = text.head.split('\n').length - 1;
  const estimatedRows = lines > 1 ? Math.ceil((text.size * lines) / Buffer.byteLength(text.head)) : 0;
  return { encoding: text.encoding, estimatedRows, batches: recordBatches(text.chunks, core, parser, file) };
}

async function* recordBatches(chunks: AsyncGenerator<Buffer>, core: ParserCore, events: NodeJS.EventEmitter, file: string): AsyncGenerator<RecordBatch> {
  const lines = new RecordLines();
  let batch: RecordBatch = { records: [], lines: [] };
  // A record the parser cannot read ends the file: nothing after it can be trusted.
  let failure: CsvError | undefined;
  events.on('skip', (error: CsvError) => {
    failure ??= error;
  });
  const push = (record: string[]): void => {
    if (failure) return;
    batch.records.push(record);
    batch.lines.push(lines.next(record, core.info.lines));
  };
  const run = (chunk: Buffer | undefined, end: boolean): void => {
    const error = core.parse(chunk, end, push, () => undefined);
    if (error instanceof CsvError) failure ??= error;
    else if (error) throw error;
  };
  for await (const chunk of chunks) {
    run(chunk, false);
    if (batch.records.length > 0) {
      yield batch;
      batch = { records: [], lines: [] };
    }
    if (failure) break;
  }
  if (!failure) run(undefined, true);
  if (batch.records.length > 0) yield batch;
  if (failure) throw unreadableRecord(failure, file, lines.last + 1);
}

/** What a CSV file's records become: the header found and mapped, titles and blank rows skipped, rows built. */
export class CsvRecords {
  private readonly builder: RowBuilder;
  /** Header text (folded) → field index, built once for the title check and the header mapping. */
  private readonly lookup: ReadonlyMap<string, number>;
  private header: HeaderMap | undefined;
  private headerLine = 1;
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly fields: readonly FieldSpec[],
    private readonly problems: (p: Problem) => void,
  ) {
    this.builder = new RowBuilder(fields);
    this.lookup = fieldLookup(fields);
  }

  /** The rows of a batch of records. */
  batch({ records, lines }: RecordBatch): Row[] {
    const rows: Row[] = [];
    for (let i = 0; i < records.length; i++) {
      const row = this.record(records[i]!, lines[i]!);
      if (row) rows.push(row);
    }
    return rows;
  }

  /** After the last record: a file without a header, or without rows, is reported. */
  finish(): void {
    const { file, problems } = this;
    if (!this.header) problems({ file, line: 1, code: 'empty-file', level: 'error', message: words().emptyFile });
    else if (this.rows === 0) problems({ file, line: this.headerLine, code: 'no-rows', level: 'error', message: words().noRows });
  }

  private record(record: string[], line: number): Row | undefined {
    const { file, fields, problems, header, lookup } = this;
    if (isBlank(record)) {
      if (header) problems({ file, line, code: 'blank-row', level: 'notice', message: words().blankRow });
      return undefined;
    }
    if (!header) {
      if (isTitle(record, lookup)) {
        problems({ file, line, code: 'title-row', level: 'notice', message: words().titleRow(record.find((cell) => cell.trim() !== '')!.trim()) });
        return undefined;
      }
      this.header = mapHeaders(record, fields, file, line, problems, lookup);
      this.headerLine = line;
      reportAbsentColumns(this.header.present, fields, file, line, problems);
      return undefined;
    }
    if (record.length !== header.fieldOf.length) checkWidth(record, header, file, line, problems);
    this.rows++;
    return this.builder.build(record, header.fieldOf, file, line, problems);
  }
}

/** Excel's merged title row: one cell of text above the header, naming no column of the pack. */
function isTitle(record: readonly string[], lookup: ReadonlyMap<string, number>): boolean {
  const filled = record.filter((cell) => cell.trim() !== '');
  // Damaged text is no title: as a header it is reported as an encoding error, never shown.
  if (filled.length !== 1 || record.length < 2 || filled[0]!.includes('\uFFFD')) return false;
  return !lookup.has(headerKey(filled[0]!));
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

function checkWidth(record: string[], header: HeaderMap, file: string, line: number, problems: (p: Problem) => void): void {
  const width = header.fieldOf.length;
  if (record.length < width) {
    problems({ file, line, columnNumber: record.length + 1, code: 'missing-cell', level: 'error', message: words().missingCells(record.length, width) });
  } else if (record.slice(width).some((cell) => cell.trim() !== '')) {
    problems({ file, line, columnNumber: width + 1, code: 'extra-cell', level: 'error', message: words().extraCells(record.length, width) });
  }
}
