// What a reader is: how a file of its format is recognised, by its name and by its first bytes,
// and how it hands on its inputs (a file, or each sheet of a workbook) as records with their
// lines, or as rows it makes itself. The readers are listed in one place, src/read/readers.ts.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import type { RecordBatch } from './csv.js';
import type { Encoding } from './encoding.js';
import type { InputHost } from './input-bytes.js';
import type { OpenedWorkbook } from './workbook-types.js';
import type { InflateBudget } from './zip.js';

/** What the readers of one run share: the pack's fields, `--sheet`, where problems go, the inflate budget. */
export interface ReadContext {
  /** Where the inputs' bytes are: the file system, or the files a page was given. */
  host: InputHost;
  fields: readonly FieldSpec[];
  /** The workbook sheets to read (`--sheet`, names or 1-based numbers); none: every sheet with a header. */
  sheets: readonly string[];
  problem: (problem: Problem) => void;
  /** What the run's workbooks may still inflate, all together; made at the first workbook. */
  budget: () => Promise<InflateBudget>;
}

/** An input opened: its encoding, its judged size, and either records or rows. */
export type OpenedInput =
  | { encoding?: Encoding; estimatedRows: number; records: AsyncIterable<RecordBatch> }
  | { encoding?: Encoding; estimatedRows: number; rows: AsyncIterable<Row[]> };

/** One input of a file: the file itself, or a sheet of a workbook; opened only once it is begun. */
export interface ReadInput {
  /** For a sheet of a workbook: its name, and the format its bytes are, whatever the file's name says. */
  sheet?: { format: string; sheet: string };
  open(): Promise<OpenedInput>;
}

export interface Reader {
  /** The format's name, as an input of it is reported (`inputs[].format`). */
  format: string;
  /** The extensions, lower case with their dot, that name a file of this format. */
  extensions: readonly string[];
  /** Whether a file's first bytes are of this format: workbooks are opened by their bytes, whatever their name. */
  sniff?(head: Uint8Array): boolean;
  /** Its inputs are records of a table, turned into rows by the table stage; else it makes rows itself. */
  records: boolean;
  /** A workbook of sheets: `--sheet` picks among them, each is an input. */
  workbook: boolean;
  /** The file's inputs, in order. */
  read(file: string, context: ReadContext): AsyncIterable<ReadInput>;
  /** A workbook reader: the workbook whose first bytes `sniff` knew. */
  openWorkbook?(file: string, budget: InflateBudget, host: InputHost): Promise<OpenedWorkbook>;
}
