// Walks the files of a data set in order and hands what each reader makes to one sink: a CSV
// file's or a sheet's records, a YAML file's rows, each input begun and ended. What becomes of
// them (rows made, keyed, judged or counted, on this thread or another) is the sink's.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { RecordBatch } from './csv.js';
import type { InputHost } from './input-bytes.js';
import type { ReadContext } from './reader.js';
import { readerOf } from './readers.js';
import type { Encoding } from './encoding.js';
import type { InflateBudget } from './zip.js';
import { turn } from '../run/turn.js';

/** Where a data set's inputs go; each call may return a promise the walk waits for before going on. */
export interface TableSink {
  /** Begins the next input: a file, or a sheet of a workbook. */
  startFile(fileIndex: number, sheet?: { format: string; sheet: string }): unknown;
  /** The input's encoding, and how many rows it is judged to hold (0: not judged). */
  opened(encoding: Encoding | undefined, estimatedRows: number): unknown;
  /** Records of a table, each with its line: rows are still to be made of them. */
  records(batch: RecordBatch): unknown;
  /** Rows a reader made itself (YAML, JSON). */
  rows(rows: Row[]): unknown;
  /** Ends the input. */
  endFile(): unknown;
  /** A problem the reader found, in order with the rest: the input's while one is open, else the data set's. */
  problem(problem: Problem): void;
}

/**
 * `sheets`: the workbook sheets to read (`--sheet`, names or 1-based numbers); none: every sheet
 * with a header. `host`: where the files' bytes are (NODE_HOST, or the files a page was given).
 */
export async function readFiles(
  files: readonly string[],
  fields: readonly FieldSpec[],
  sheets: readonly string[],
  sink: TableSink,
  host: InputHost,
): Promise<void> {
  // A name no reader knows stops the run before any file is read.
  const readers = files.map(readerOf);
  // What the run's workbooks may inflate, all together; the zip reader is loaded only with a workbook.
  let budget: Promise<InflateBudget> | undefined;
  const context: ReadContext = {
    host,
    fields,
    sheets,
    problem: (p) => sink.problem(p),
    budget: () => (budget ??= import('./zip.js').then((zip) => new zip.InflateBudget())),
  };
  for (const [fileIndex, file] of files.entries()) {
    for await (const input of readers[fileIndex]!.read(file, context)) {
      await sink.startFile(fileIndex, input.sheet);
      const opened = await input.open();
      await sink.opened(opened.encoding, opened.estimatedRows);
      // Between batches the loop turns now and then (run/turn.ts): a reader's batches may come as
      // promises already settled (a workbook's inflated sheet, a sheet parsed whole), and a Ctrl-C
      // is heard only when the loop turns.
      if ('records' in opened)
        for await (const batch of opened.records) {
          await sink.records(batch);
          await turn();
        }
      else
        for await (const rows of opened.rows) {
          await sink.rows(rows);
          await turn();
        }
      await sink.endFile();
    }
  }
}
