// Reads a CSV file into batches of records: csv-parse's core in arrays mode, every record's first
// line kept. Rows are made of them as of any table's (records.ts).
import { CsvError, parse } from 'csv-parse';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { MAX_RECORD_BYTES, unreadableRecord } from './csv-failure.js';
import { openText } from './decode.js';
import { sniffDelimiter } from './delimiter.js';
import { RecordLines } from './record-lines.js';
import { TableRecords, type RecordBatch } from './records.js';
import type { Source } from './source.js';

export type { RecordBatch };

/** The synchronous core of a csv-parse Parser: records are pushed while `parse` runs, with `info` live. */
interface ParserCore {
  parse(
    chunk: Buffer | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
  info: { lines: number };
}

/** A CSV file's rows, for a file read on its own (the roster); a data set's records go to its lane. */
export async function readCsv(
  file: string,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): Promise<Source<Row[]>> {
  const source = await readCsvRecords(file);
  return { ...source, batches: rowsOf(source.batches, new TableRecords(file, fields, problems)) };
}

async function* rowsOf(batches: AsyncGenerator<RecordBatch>, reader: TableRecords): AsyncGenerator<Row[]> {
  for await (const batch of batches) {
    const rows = reader.batch(batch);
    if (rows.length > 0) yield rows;
  }
  const rows = reader.finish();
  if (rows.length > 0) yield rows;
}

/** A CSV file as csv-parse reads it: records, each with the physical line it starts at. */
export async function readCsvRecords(file: string): Promise<Source<RecordBatch>> {
  const text = await openText(file);
  const delimiter = sniffDelimiter(text.head);
  const parser = parse({
    delimiter,
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
  return { encoding: text.encoding, estimatedRows, batches: recordBatches(text.chunks, core, parser, file, delimiter) };
}

async function* recordBatches(
  chunks: AsyncGenerator<Buffer>,
  core: ParserCore,
  events: NodeJS.EventEmitter,
  file: string,
  delimiter: string,
): AsyncGenerator<RecordBatch> {
  const lines = new RecordLines();
  const empty = (): RecordBatch => ({ records: [], lines: [], delimiter });
  let batch = empty();
  // A record the parser cannot read ends the file: nothing after it can be trusted.
  let failure: CsvError | undefined;
  events.on('skip', (error: CsvError) => {
    failure ??= error;
  });
  const push = (record: string[]): void => {
    if (failure) return;
    const start = lines.next(record, core.info.lines);
    // A record over several lines is rare, and is where a stray quote shows: marked for the rows stage.
    if (lines.last > start) (batch.spanning ??= []).push(batch.records.length);
    batch.records.push(record);
    batch.lines.push(start);
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
      batch = empty();
    }
    if (failure) break;
  }
  if (!failure) run(undefined, true);
  if (batch.records.length > 0) yield batch;
  if (failure) throw unreadableRecord(failure, file, lines.last + 1);
}
