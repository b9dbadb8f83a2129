// Reads a CSV file into batches of records, every record's first line kept: the tokenizer of
// csv-tokens.ts, csv-parse where it meets anything unusual. Rows are made of them as of any
// table's (records.ts).
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { unreadableRecord } from './csv-failure.js';
import { FastCore, type RecordCore } from './csv-tokens.js';
import { openText } from './decode.js';
import type { InputHost } from './input-bytes.js';
import { sniffDelimiter } from './delimiter.js';
import { RecordLines } from './record-lines.js';
import { TableRecords, type RecordBatch } from './records.js';
import type { Source } from './source.js';

export type { RecordBatch };

/** A CSV file's rows, for a file read on its own (the roster); a data set's records go to its lane. */
export async function readCsv(
  file: string,
  host: InputHost,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): Promise<Source<Row[]>> {
  const source = await readCsvRecords(file, host);
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
export async function readCsvRecords(file: string, host: InputHost): Promise<Source<RecordBatch>> {
  const text = await openText(file, host);
  const delimiter = sniffDelimiter(text.head);
  const core = new FastCore(delimiter);
  const lines = text.head.split('\n').length - 1;
  const estimatedRows = lines > 1 ? Math.ceil((text.size * lines) / new TextEncoder().encode(text.head).length) : 0;
  return { encoding: text.encoding, estimatedRows, batches: recordBatches(text.chunks, core, file, delimiter) };
}

/** Batches of the records `core` reads from `chunks`; a record it cannot read ends them with the run's failure. */
export async function* recordBatches(
  chunks: AsyncGenerator<Uint8Array>,
  core: RecordCore,
  file: string,
  delimiter: string,
): AsyncGenerator<RecordBatch> {
  const lines = new RecordLines();
  const empty = (): RecordBatch => ({ records: [], lines: [], delimiter });
  let batch = empty();
  // A record the parser cannot read ends the file: nothing after it can be trusted.
  const push = (record: string[]): void => {
    if (core.failure) return;
    const start = lines.next(record, core.lines);
    // A record over several lines is rare, and is where a stray quote shows: marked for the rows stage.
    if (lines.last > start) (batch.spanning ??= []).push(batch.records.length);
    batch.records.push(record);
    batch.lines.push(start);
  };
  for await (const chunk of chunks) {
    core.parse(chunk, false, push);
    if (batch.records.length > 0) {
      yield batch;
      batch = empty();
    }
    if (core.failure) break;
  }
  if (!core.failure) core.parse(undefined, true, push);
  if (batch.records.length > 0) yield batch;
  if (core.failure) throw unreadableRecord(core.failure, file, lines.last + 1);
}
