// Walks the files of a data set in order and hands what each reader makes to one sink: a CSV
// file's or a sheet's records, a YAML file's rows, each input begun and ended. What becomes of
// them (rows made, keyed, judged or counted, on this thread or another) is the sink's.
import type { FieldSpec, InputInfo, Problem, Row } from '../model/types.js';
import { readCsvRecords, type RecordBatch } from './csv.js';
import { formatOf } from './dataset.js';
import type { Encoding } from './encoding.js';
import type { InflateBudget } from './zip.js';

/** Where a data set's inputs go; each call may return a promise the walk waits for before going on. */
export interface TableSink {
  /** Begins the next input: a file, or a sheet of a workbook. */
  startFile(fileIndex: number, sheet?: { format: InputInfo['format']; sheet: string }): unknown;
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

/** `sheets`: the workbook sheets to read (`--sheet`, names or 1-based numbers); none: every sheet with a header. */
export async function readFiles(
  files: readonly string[],
  fields: readonly FieldSpec[],
  sheets: readonly string[],
  sink: TableSink,
): Promise<void> {
  // An extension no reader knows stops the run before any file is read.
  files.forEach(formatOf);
  const problem = (p: Problem): void => sink.problem(p);
  // What the run's workbooks may inflate, all together; the zip reader is loaded only with a workbook.
  let budget: InflateBudget | undefined;
  for (const [fileIndex, file] of files.entries()) {
    const format = formatOf(file);
    if (format === 'xlsx' || format === 'xls') {
      // The workbook readers are loaded only when a workbook is read; each sheet is an input.
      budget ??= new (await import('./zip.js')).InflateBudget();
      for await (const sheet of (await import('./workbook.js')).workbookSheets(file, fields, sheets, problem, budget)) {
        await sink.startFile(fileIndex, { format: sheet.format, sheet: sheet.name });
        await sink.opened(undefined, 0);
        for await (const batch of sheet.records) await sink.records(batch);
        await sink.endFile();
      }
      continue;
    }
    await sink.startFile(fileIndex);
    if (format === 'csv') {
      const csv = await readCsvRecords(file);
      await sink.opened(csv.encoding, csv.estimatedRows);
      for await (const batch of csv.batches) await sink.records(batch);
    } else {
      // The YAML parser is loaded only when a YAML or JSON file is read.
      const yaml = await (await import('./yaml.js')).readYaml(file, fields, problem);
      await sink.opened(yaml.encoding, yaml.estimatedRows);
      for await (const rows of yaml.batches) await sink.rows(rows);
    }
    await sink.endFile();
  }
}
