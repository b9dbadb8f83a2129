// Streams a CSV file into rows: our own header mapping, every record's first line kept.
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { MAX_RECORD_BYTES, unreadableRecord } from './csv-failure.js';
import { openText, type DecodedText } from './decode.js';
import { sniffDelimiter } from './delimiter.js';
import { fieldLookup, mapHeaders, reportAbsentColumns, type HeaderMap } from './headers.js';
import { RecordLines } from './record-lines.js';
import { buildRow, type RawCell } from './row.js';

export interface CsvSource {
  encoding: DecodedText['encoding'];
  rows: AsyncGenerator<Row>;
}

type Failure = CsvError & { records: number };

export async function readCsv(file: string, fields: readonly FieldSpec[], problems: (p: Problem) => void): Promise<CsvSource> {
  const text = await openText(file);
  let failure: Failure | undefined;
  const parser = parse({
    delimiter: sniffDelimiter(text.head),
    info: true,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_BYTES,
  });
  parser.on('skip', (error: Failure) => {
    failure ??= error;
  });
  // Errors reach the reader through the parser; a reader that stops early closes the file.
  pipeline(Readable.from(untilFailure(text.chunks, () => failure !== undefined)), parser, () => {});
  return { encoding: text.encoding, rows: records(parser, () => failure, file, fields, problems) };
}

/** Stops feeding the parser once it has failed on a record, so that memory and time stay bounded. */
async function* untilFailure(chunks: AsyncIterable<string>, failed: () => boolean): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    if (failed()) return;
    yield chunk;
  }
}

async function* records(
  parser: AsyncIterable<{ record: string[]; info: { lines: number } }>,
  failed: () => Failure | undefined,
  file: string,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): AsyncGenerator<Row> {
  const parts = fields.filter((field) => field.max !== undefined);
  let header: HeaderMap | undefined;
  let headerLine = 1;
  let rows = 0;
  const lines = new RecordLines();
  try {
    for await (const { record, info } of parser) {
      // Records the parser still emits after a failure are not trusted.
      if (lines.count >= (failed()?.records ?? Infinity)) break;
      const line = lines.next(record, info.lines);
      if (record.every((cell) => cell.trim() === '')) {
        if (header) problems({ file, line, code: 'blank-row', level: 'notice', message: 'blank row, skipped' });
        continue;
      }
      if (!header) {
        header = mapHeaders(record, fieldLookup(fields), file, line, problems);
        headerLine = line;
        reportAbsentColumns(header.present, fields, file, line, problems);
        continue;
      }
      rows++;
      yield buildRow(cellsOf(record, header, file, line, problems), parts, file, line, problems);
    }
  } catch (error) {
    if (error instanceof CsvError) throw unreadableRecord(error, file, lines.last + 1);
    throw error;
  }
  const failure = failed();
  if (failure) throw unreadableRecord(failure, file, lines.last + 1);
  if (!header) problems({ file, line: 1, code: 'empty-file', level: 'error', message: 'the file is empty or blank: no header, no rows' });
  else if (rows === 0) problems({ file, line: headerLine, code: 'no-rows', level: 'error', message: 'the file has a header but no data rows' });
}

function* cellsOf(record: string[], header: HeaderMap, file: string, line: number, problems: (p: Problem) => void): Generator<RawCell> {
  const width = header.fields.length;
  for (let i = 0; i < width && i < record.length; i++) {
    const field = header.fields[i];
    if (field) yield { field, raw: record[i]!, columnNumber: i + 1 };
  }
  if (record.length < width) {
    problems({ file, line, columnNumber: record.length + 1, code: 'missing-cell', level: 'error', message: `the row has ${record.length} cells, the header ${width}; the last ${width - record.length} are missing` });
  } else if (record.length > width) {
    const extra = record.slice(width);
    if (extra.some((cell) => cell.trim() !== '')) {
      problems({ file, line, columnNumber: width + 1, code: 'extra-cell', level: 'error', message: `the row has ${record.length} cells, the header ${width}; the extra cells are not read` });
    }
  }
}
