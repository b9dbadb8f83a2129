// Reads a CSV file into batches of rows: csv-parse's core in arrays mode, our own header mapping,
// and every record's first line kept.
import { CsvError, parse } from 'csv-parse';
import { DuibiaoError } from '../errors.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { openText, type Encoding } from './decode.js';
import { mapHeaders, reportAbsentColumns, type HeaderMap } from './headers.js';
import { RowBuilder } from './row.js';

export interface CsvSource {
  encoding: Encoding;
  /** How many rows the file holds, judged from the size of its first lines. */
  estimatedRows: number;
  batches: AsyncGenerator<Row[]>;
}

const MAX_RECORD_BYTES = 1024 * 1024;

/** The synchronous core of a csv-parse Parser: records are pushed while `parse` runs, with `info` live. */
interface ParserCore {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number };
}

export async function readCsv(file: string, fields: readonly FieldSpec[], problems: (p: Problem) => void): Promise<CsvSource> {
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
  return { encoding: text.encoding, estimatedRows, batches: batches(text.chunks, core, parser, file, fields, problems) };
}

async function* batches(
  chunks: AsyncGenerator<Buffer>,
  core: ParserCore,
  events: NodeJS.EventEmitter,
  file: string,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): AsyncGenerator<Row[]> {
  const builder = new RowBuilder(fields);
  let header: HeaderMap | undefined;
  let lastLine = 0;
  let unclosed: Problem | undefined;
  let batch: Row[] = [];
  events.on('skip', (error: CsvError & { lines?: number }) => {
    const problem = recordProblem(error, file, lastLine + 1);
    // An unclosed quote swallows the rest of the file: that is no longer a bad line but a bad file.
    if (problem.code === 'quote-not-closed') unclosed = problem;
    else problems(problem);
    lastLine = error.lines ?? lastLine + 1;
  });
  const push = (record: string[]): void => {
    const line = lastLine + 1;
    lastLine = core.info.lines;
    if (isBlank(record)) {
      if (header) problems({ file, line, code: 'blank-row', level: 'notice', message: 'blank row, skipped' });
      return;
    }
    if (!header) {
      header = mapHeaders(record, fields, file, line, problems);
      reportAbsentColumns(header.present, fields, file, line, problems);
      return;
    }
    if (record.length !== header.fieldOf.length) checkWidth(record, header, file, line, problems);
    batch.push(builder.build(record, header.fieldOf, file, line, problems));
  };
  const run = (chunk: Buffer | undefined, end: boolean): void => {
    const error = core.parse(chunk, end, push, () => undefined);
    if (error instanceof CsvError) {
      const at = recordProblem(error, file, lastLine + 1);
      throw new DuibiaoError(at.code, `${file}:${at.line}: ${at.message}`);
    }
    if (error) throw error;
  };
  for await (const chunk of chunks) {
    run(chunk, false);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  run(undefined, true);
  if (batch.length > 0) yield batch;
  if (unclosed) {
    throw new DuibiaoError(unclosed.code, `${file}:${unclosed.line}: ${unclosed.message}, so the rest of the file cannot be read`);
  }
  if (!header) throw new DuibiaoError('empty-file', `${file} has no header row: it is empty or blank`);
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

function checkWidth(record: string[], header: HeaderMap, file: string, line: number, problems: (p: Problem) => void): void {
  const width = header.fieldOf.length;
  if (record.length < width) {
    problems({ file, line, columnNumber: record.length + 1, code: 'missing-cell', level: 'error', message: `the row has ${record.length} cells, the header ${width}; the last ${width - record.length} are missing` });
  } else if (record.slice(width).some((cell) => cell.trim() !== '')) {
    problems({ file, line, columnNumber: width + 1, code: 'extra-cell', level: 'error', message: `the row has ${record.length} cells, the header ${width}; the extra cells are not read` });
  }
}

const CSV_CODES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'quote-not-closed',
  CSV_INVALID_CLOSING_QUOTE: 'invalid-quote',
  CSV_MAX_RECORD_SIZE: 'record-too-large',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'invalid-quote',
};

function recordProblem(error: CsvError & { lines?: number }, file: string, line: number): Problem {
  const code = CSV_CODES[error.code] ?? 'format-error';
  const message =
    code === 'quote-not-closed'
      ? `a quote opened at line ${line} is never closed`
      : code === 'record-too-large'
        ? `the record is over ${MAX_RECORD_BYTES / 1024} KiB: not a county row`
        : error.message.replace(/^[A-Z_]+: /, '');
  return { file, line, code, level: 'error', message };
}

/** Excel saves with the list separator of its locale: fall back to tab or ';' when the header has no comma. */
export function sniffDelimiter(head: string): string {
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}
