// What a table's records become, whatever file they came from: the header found where it is,
// titles, footers and aggregate rows named and set aside, and every other line a row.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { BLANK, HeaderSearch, isBlankRecord as isBlank, type HeldLine } from './header-search.js';
import { fieldLookup, mapHeaders, reportAbsentColumns, withGroupCells, type HeaderMap } from './headers.js';
import { firstText, isFooter, isHeaderCompanion, isOneCellTitle, lineList, quoted } from './layout.js';
import { RowBuilder } from './row.js';
import { SetAsideLines, type SetAside } from './set-aside.js';
import { periodStamp, tableOfHeader } from './table-of-header.js';
import { words } from '../words/words.js';

/** A batch of records, each with the line (or sheet row) it starts at. */
export interface RecordBatch {
  records: string[][];
  lines: number[];
  /** A text file's delimiter: how a record that swallowed lines is split back into them. */
  delimiter?: string;
  /** Indices of the records that run over more than one line. */
  spanning?: number[];
}

export class TableRecords {
  private readonly builder: RowBuilder;
  /** Header text (folded) → field index, built once for scoring and mapping headers. */
  private readonly lookup: ReadonlyMap<string, number>;
  /** 合计 rows and footers, named when the file ends. */
  private readonly setAside: SetAsideLines;
  private readonly countyField: number;
  private header: HeaderMap | undefined;
  private headerLine = 1;
  private countyColumn = -1;
  /** Marks each row with its table and period, where the file is not of the pack's one yearly table. */
  private stamp: ((row: Row) => void) | undefined;
  /** Lines before the header is chosen, held until it is. */
  private readonly search: HeaderSearch;
  /** Whether a data row has come yet: a unit or column-number row belongs to the header only before one. */
  private dataStarted = false;
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly fields: readonly FieldSpec[],
    private readonly problems: (p: Problem) => void,
  ) {
    this.builder = new RowBuilder(fields);
    this.lookup = fieldLookup(fields);
    this.search = new HeaderSearch(this.lookup);
    this.setAside = new SetAsideLines(fields, file, problems);
    this.countyField = fields.findIndex((field) => field.name === 'county');
  }

  /** The rows of a batch of records. */
  batch({ records, lines, delimiter, spanning }: RecordBatch): Row[] {
    const rows: Row[] = [];
    let next = 0;
    for (let i = 0; i < records.length; i++) {
      if (spanning?.[next] === i) {
        next++;
        const split = this.header && delimiter ? this.strayQuote(records[i]!, lines[i]!, delimiter) : undefined;
        if (split) {
          for (const part of split) this.record(part.record, part.line, rows);
          continue;
        }
      }
      this.record(records[i]!, lines[i]!, rows);
    }
    return rows;
  }

  /**
   * A quote that opens a cell and is closed lines later swallows those lines into one cell. Such
   * a cell holds the delimiter: the lines are split back, each read as its own record, and the
   * quote is the problem `quote-spans-lines` where it opens.
   */
  private strayQuote(record: string[], line: number, delimiter: string): { record: string[]; line: number }[] | undefined {
    const at = record.findIndex((cell) => /[\r\n]/.test(cell) && cell.includes(delimiter));
    if (at < 0) return undefined;
    const parts = record[at]!.split(/\r\n|\n|\r/);
    const split = parts.map((part, i) => ({ record: part.split(delimiter), line: line + i }));
    split[0]!.record = [...record.slice(0, at), ...split[0]!.record];
    const last = split[split.length - 1]!;
    last.record = [...last.record, ...record.slice(at + 1)];
    const swallowed = split.slice(1).map((part) => part.line);
    this.problems({
      file: this.file,
      line,
      columnNumber: at + 1,
      code: 'quote-spans-lines',
      level: 'error',
      message: words().quoteSpansLines(at + 1, last.line, lineList(swallowed)),
    });
    return split;
  }

  /** After the last record: the rows still held, and the file's notices; a file without a header or rows is reported. */
  finish(): Row[] {
    const rows: Row[] = [];
    if (!this.header && this.search.holding()) this.chooseHeader(rows);
    const { file, problems } = this;
    if (!this.header) problems({ file, line: 1, code: 'empty-file', level: 'error', message: words().emptyFile });
    else if (this.rows === 0) problems({ file, line: this.headerLine, code: 'no-rows', level: 'error', message: words().noRows });
    this.setAside.report();
    this.builder.reportPlaceholders(file, problems);
    return rows;
  }

  private record(record: string[], line: number, rows: Row[]): void {
    if (!this.header) {
      if (this.search.offer(record, line)) this.chooseHeader(rows);
      return;
    }
    this.dataRecord(record, line, rows);
  }

  private chooseHeader(rows: Row[]): void {
    const pending = this.search.take();
    let best = 0;
    pending.forEach((candidate, i) => {
      if (candidate.score > pending[best]!.score) best = i;
    });
    // A file that names no column of the pack: its first line that is not a one-cell title is its header, as always.
    const named = pending[best]!.score > 0;
    if (!named) best = Math.max(0, pending.findIndex((candidate) => candidate.score !== BLANK && !isOneCellTitle(candidate.record)));
    const titles = pending.slice(0, best).filter((candidate) => candidate.score !== BLANK);
    const { record, line } = pending[best]!;
    const above = titles.length > 0 ? titles[titles.length - 1]!.record : undefined;
    this.useHeader(above ? withGroupCells(record, above, this.lookup) : record, line);
    const skipped: SetAside[] = titles.map((title) => ({ line: title.line, text: firstText(title.record) }));
    const rest = pending.slice(best + 1);
    // A units or column-numbers row right under the header is part of it.
    while (named && rest.length > 0 && isHeaderCompanion(rest[0]!.record)) {
      const companion = rest.shift()!;
      skipped.push({ line: companion.line, text: companion.record.filter((cell) => cell.trim() !== '').join(' ') });
    }
    this.reportTitles(skipped);
    for (const held of rest) this.heldRecord(held, rows);
  }

  /** A line held while the header was looked for, now read as data; a blank run is each of its lines. */
  private heldRecord({ record, line, run = 1 }: HeldLine, rows: Row[]): void {
    for (let i = 0; i < run; i++) this.dataRecord(record, line + i, rows);
  }

  private useHeader(record: string[], line: number): void {
    const { file, fields, problems, lookup } = this;
    this.header = mapHeaders(record, fields, file, line, problems, lookup);
    this.headerLine = line;
    this.countyColumn = this.header.fieldOf.indexOf(this.countyField);
    // The header tells the file's table; only that table's columns can be missing from it.
    const table = tableOfHeader(fields, this.header.present, file, line, problems);
    this.stamp = periodStamp(table, fields);
    reportAbsentColumns(this.header.present, table.fields, file, line, problems);
  }

  private reportTitles(skipped: readonly SetAside[]): void {
    if (skipped.length === 0) return;
    const texts = skipped.slice(0, 3).map((title) => quoted(title.text)).join(words().listJoin);
    this.problems({
      file: this.file,
      line: skipped[0]!.line,
      code: 'title-rows',
      level: 'notice',
      message: words().titleRows(this.headerLine, lineList(skipped.map((title) => title.line)), `${texts}${skipped.length > 3 ? ' …' : ''}`),
    });
  }

  private dataRecord(record: string[], line: number, rows: Row[]): void {
    const { file, problems, header } = this;
    if (isBlank(record)) {
      problems({ file, line, code: 'blank-row', level: 'notice', message: words().blankRow });
      return;
    }
    if (!this.dataStarted && this.header!.present.size > 0 && isHeaderCompanion(record)) {
      this.reportTitles([{ line, text: record.filter((cell) => cell.trim() !== '').join(' ') }]);
      return;
    }
    if (isFooter(record)) {
      this.setAside.footer(record, line);
      return;
    }
    this.dataStarted = true;
    if (record.length !== header!.fieldOf.length) checkWidth(record, header!, file, line, problems);
    const countyText = this.countyColumn >= 0 ? (record[this.countyColumn] ?? '') : '';
    const row = this.builder.build(record, header!.fieldOf, file, line, problems);
    this.stamp?.(row);
    if (this.setAside.aggregate(row, record, countyText, header!.fieldOf)) return;
    this.rows++;
    rows.push(row);
  }
}

function checkWidth(record: string[], header: HeaderMap, file: string, line: number, problems: (p: Problem) => void): void {
  const width = header.fieldOf.length;
  if (record.length < width) {
    problems({ file, line, columnNumber: record.length + 1, code: 'missing-cell', level: 'error', message: words().missingCells(record.length, width) });
  } else if (record.slice(width).some((cell) => cell.trim() !== '')) {
    problems({ file, line, columnNumber: width + 1, code: 'extra-cell', level: 'error', message: words().extraCells(record.length, width) });
  }
}
