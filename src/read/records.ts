// What a table's records become, whatever file they came from: the header found where it is,
// titles, footers, aggregate and 其中 rows named and set aside, and every other line a row.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { BLANK, HeaderSearch, isBlankRecord as isBlank, type HeldLine } from './header-search.js';
import {
  fieldLookup,
  fieldOfHeader,
  isIndexHeader,
  isUpperLevel,
  labelUnit,
  mapHeaders,
  namesKeyColumns,
  reportAbsentColumns,
  reportUnknownColumns,
  withGroupCells,
  type HeaderMap,
} from './headers.js';
import { firstText, isBreakdown, isFooter, isHeaderCompanion, isOneCellTitle, lineList, quoted } from './layout.js';
import { keyFields, ownName, yearOfTitles } from './period-from-title.js';
import { RowBuilder } from './row.js';
import { SetAsideLines, type SetAside } from './set-aside.js';
import { periodStamp, tableOfHeader } from './table-of-header.js';
import { joined, listOf, say } from '../words/message.js';

/** A batch of records, each with the line (or sheet row) it starts at. */
export interface RecordBatch {
  records: string[][];
  lines: number[];
  /** A text file's delimiter: how a record that swallowed lines is split back into them. */
  delimiter?: string;
  /** Indices of the records that run over more than one line. */
  spanning?: number[];
}

/** Where the records come from, besides the file: what may name the table's year when no column does. */
export interface TableOrigin {
  /** The workbook sheet's name. */
  sheet?: string | undefined;
  /** The file's name as given; only its last part (without its folder) may name the year. */
  name?: string | undefined;
  /** With --counties, the roster's names: an indented row under a county that names one is a county, not a 其中 row. */
  counties?: readonly string[] | undefined;
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
  /** Whether the header names the key columns of its table: the file's text is shown only then. */
  private recognised = false;
  private countyColumn = -1;
  /** Marks each row with its table and period, where the file is not of the pack's one yearly table. */
  private stamp: ((row: Row) => void) | undefined;
  /** Lines before the header is chosen, held until it is. */
  private readonly search: HeaderSearch;
  /** Whether a data row has come yet: a unit or column-number row belongs to the header only before one. */
  private dataStarted = false;
  private rows = 0;
  /** What the data row above was: a 其中 row stands under a county (or under another 其中 row). */
  private above: 'county' | 'breakdown' | 'other' = 'other';
  /** The file names no key column anywhere: not one of its lines is read (no-header). */
  private refused = false;
  /** The year the title, sheet or file name gives every row, when the table has no year column. */
  private titleYear: { field: number; year: number } | undefined;
  /** The roster's county names (--counties), as the 其中 rule reads them. */
  private readonly listed: ReadonlySet<string>;

  constructor(
    private readonly file: string,
    private readonly fields: readonly FieldSpec[],
    private readonly problems: (p: Problem) => void,
    private readonly origin: TableOrigin = {},
  ) {
    this.builder = new RowBuilder(fields);
    this.lookup = fieldLookup(fields);
    this.search = new HeaderSearch(this.lookup);
    this.setAside = new SetAsideLines(fields, file, problems);
    this.countyField = fields.findIndex((field) => field.name === 'county');
    this.listed = new Set(origin.counties);
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
  private strayQuote(
    record: string[],
    line: number,
    delimiter: string,
  ): { record: string[]; line: number }[] | undefined {
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
      message: say('quoteSpansLines', at + 1, last.line, lineList(swallowed)),
    });
    return split;
  }

  /** After the last record: the rows still held, and the file's notices; a file without a header or rows is reported. */
  finish(): Row[] {
    const rows: Row[] = [];
    if (!this.header && this.search.holding()) this.chooseHeader(rows);
    const { file, problems } = this;
    if (this.refused) return rows;
    if (!this.header) problems({ file, line: 1, code: 'empty-file', level: 'error', message: say('emptyFile') });
    else if (this.rows === 0)
      problems({ file, line: this.headerLine, code: 'no-rows', level: 'error', message: say('noRows') });
    this.setAside.report();
    this.builder.reportPlaceholders(file, problems);
    return rows;
  }

  private record(record: string[], line: number, rows: Row[]): void {
    if (this.refused) return;
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
    if (!named)
      best = Math.max(
        0,
        pending.findIndex((candidate) => candidate.score !== BLANK && !isOneCellTitle(candidate.record)),
      );
    const titles = pending.slice(0, best).filter((candidate) => candidate.score !== BLANK);
    const { record, line } = pending[best]!;
    const above = titles.length > 0 ? titles[titles.length - 1]!.record : undefined;
    const header = above ? withGroupCells(record, above, this.lookup) : record;
    if (!this.namesKey(header)) {
      this.refuse(pending.find((candidate) => candidate.score !== BLANK)?.line ?? line);
      return;
    }
    this.useHeader(header, line, titles);
    // The upper level of a two-level header is the header's, not a title to name as skipped.
    const upper =
      above && titles[titles.length - 1]!.line === line - 1 && isUpperLevel(record, above, this.lookup)
        ? titles.length - 1
        : -1;
    const skipped: SetAside[] = titles
      .filter((_, i) => i !== upper)
      .map((title) => ({ line: title.line, text: firstText(title.record) }));
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

  /** Whether a header names one of the columns that key a row: the county (or its code), a period. */
  private namesKey(record: readonly string[]): boolean {
    const keys = keyFields(this.fields);
    return record.some((cell) => {
      if (cell.length > 200 || cell.trim() === '') return false;
      const index = fieldOfHeader(cell, this.lookup);
      return index !== undefined && keys.has(index);
    });
  }

  /** No line names a key column: one problem for the file, and none of its lines is read. */
  private refuse(line: number): void {
    this.refused = true;
    const keys = [...keyFields(this.fields)].map((i) => this.fields[i]!.label);
    this.problems({
      file: this.file,
      line,
      code: 'no-header',
      level: 'error',
      message: say('noHeader', listOf(keys)),
    });
  }

  private useHeader(record: string[], line: number, titles: readonly HeldLine[]): void {
    const { file, fields, problems, lookup } = this;
    this.header = mapHeaders(record, fields, file, line, problems, lookup);
    this.headerLine = line;
    this.countyColumn = this.header.fieldOf.indexOf(this.countyField);
    this.header.fieldOf.forEach((index, i) => {
      if (index >= 0 && isIndexHeader(record[i]!, fields[index]!)) {
        this.builder.indexForm(index);
        return;
      }
      const unit = index < 0 ? undefined : labelUnit(record[i]!);
      if (unit !== undefined) this.builder.labelUnit(index, unit);
    });
    // A table without its year column takes the one year its title, sheet or file name names.
    const named = yearOfTitles(fields, this.header.present, [
      ...titles.map((title) => ({ line: title.line, text: title.record.join(' ') })),
      ...(this.origin.sheet === undefined ? [] : [{ text: this.origin.sheet, sheet: true }]),
      ...(this.origin.name === undefined ? [] : [{ text: ownName(this.origin.name) }]),
    ]);
    const present = named ? new Set([...this.header.present, fields[named.field]!.name]) : this.header.present;
    // The header tells the file's table; only that table's columns can be missing from it.
    const tableProblems: Problem[] = [];
    const table = tableOfHeader(fields, present, file, line, (p) => tableProblems.push(p));
    this.recognised = namesKeyColumns(present, table.fields);
    reportUnknownColumns(this.header.unknown, file, line, problems, this.recognised);
    tableProblems.forEach(problems);
    this.stamp = periodStamp(table, fields);
    if (named?.field === table.period) {
      this.titleYear = { field: named.field, year: named.year };
      const where =
        named.line !== undefined
          ? say('periodInTitle', named.line)
          : named.sheet
            ? say('periodInSheetName')
            : say('periodInFileName');
      problems({
        file,
        line: named.line ?? line,
        column: fields[named.field]!.name,
        code: 'period-from-title',
        level: 'notice',
        message: say('periodFromTitle', fields[named.field]!.label, named.year, where),
      });
    }
    reportAbsentColumns(this.titleYear ? present : this.header.present, table.fields, file, line, problems);
  }

  private reportTitles(skipped: readonly SetAside[]): void {
    if (skipped.length === 0) return;
    // A file whose header names no key column may be no table at all: its lines are not shown.
    const texts = this.recognised
      ? listOf(skipped.slice(0, 3).map((title) => quoted(title.text)))
      : say('inputs.linesNotShown');
    this.problems({
      file: this.file,
      line: skipped[0]!.line,
      code: 'title-rows',
      level: 'notice',
      message: say(
        'titleRows',
        this.headerLine,
        lineList(skipped.map((title) => title.line)),
        joined(texts, this.recognised && skipped.length > 3 ? ' …' : ''),
      ),
    });
  }

  private dataRecord(record: string[], line: number, rows: Row[]): void {
    const { file, problems, header } = this;
    if (isBlank(record)) {
      this.above = 'other';
      problems({ file, line, code: 'blank-row', level: 'notice', message: say('blankRow') });
      return;
    }
    if (!this.dataStarted && this.header!.present.size > 0 && isHeaderCompanion(record)) {
      this.reportTitles([{ line, text: record.filter((cell) => cell.trim() !== '').join(' ') }]);
      return;
    }
    if (isFooter(record)) {
      this.above = 'other';
      this.setAside.footer(record, line);
      return;
    }
    this.dataStarted = true;
    if (record.length !== header!.fieldOf.length) checkWidth(record, header!, file, line, problems);
    const countyText = this.countyColumn >= 0 ? (record[this.countyColumn] ?? '') : '';
    const label = countyText.trim() === '' ? firstText(record) : countyText;
    const breakdown = isBreakdown(label, this.above !== 'other', this.listed);
    const row = this.builder.build(record, header!.fieldOf, file, line, problems);
    if (breakdown) {
      this.above = 'breakdown';
      this.setAside.breakdown(line, label);
      return;
    }
    if (this.titleYear) {
      row.cells[this.titleYear.field] = this.titleYear.year;
      row.year = this.titleYear.year;
    }
    this.stamp?.(row);
    if (this.setAside.aggregate(row, record, countyText, header!.fieldOf)) {
      this.above = 'other';
      return;
    }
    // A row without its county names no county that a row below could break down.
    this.above = row.county === null ? 'other' : 'county';
    this.rows++;
    rows.push(row);
  }
}

function checkWidth(
  record: string[],
  header: HeaderMap,
  file: string,
  line: number,
  problems: (p: Problem) => void,
): void {
  const width = header.fieldOf.length;
  if (record.length < width) {
    problems({
      file,
      line,
      columnNumber: record.length + 1,
      code: 'missing-cell',
      level: 'error',
      message: say('missingCells', record.length, width),
    });
  } else if (record.slice(width).some((cell) => cell.trim() !== '')) {
    problems({
      file,
      line,
      columnNumber: width + 1,
      code: 'extra-cell',
      level: 'error',
      message: say('extraCells', record.length, width),
    });
  }
}
