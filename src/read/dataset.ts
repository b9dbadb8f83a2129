// Several files as one data set: each file's format, and the account of its rows as they come, county-years seen twice reported.
import type { FieldSpec, InputInfo, Problem, Row } from '../model/types.js';
import { rowProblem } from '../model/location.js';
import { CountyKeys, NameTable } from './key-index.js';
import { monthText, periodOf, tablesOf, type Table } from '../model/tables.js';
import { readerOf } from './readers.js';
import { joined, say, type Text } from '../words/message.js';

/** The data set's account of its rows as they come, file by file: its inputs, and its county-year keys. */
export class DatasetRows {
  readonly inputs: InputInfo[] = [];
  private readonly keys: KeyCheck;
  /** The key columns the current file lacks: one error for the file, not one for every row. */
  private absentKeys = new Set<string>();

  constructor(
    private readonly files: readonly string[],
    fields: readonly FieldSpec[],
    private readonly report: (p: Problem) => void,
  ) {
    this.keys = new KeyCheck(fields, this.inputs, report);
  }

  /** Begins the next file (or sheet of a workbook); what its reader reports goes through the function returned. */
  startFile(fileIndex: number, sheet?: { format: string; sheet: string }): (problem: Problem) => void {
    const file = this.files[fileIndex]!;
    this.inputs.push(
      sheet
        ? { file, format: sheet.format, sheet: sheet.sheet, rows: 0 }
        : { file, format: readerOf(file).format, rows: 0 },
    );
    const absentKeys = (this.absentKeys = new Set<string>());
    return (problem) => {
      if (problem.code === 'missing-column' && problem.column !== undefined) absentKeys.add(problem.column);
      this.report(problem);
    };
  }

  /** The current file's encoding, and how many rows it is judged to hold (0: not judged). */
  opened(encoding: InputInfo['encoding'], estimatedRows: number): void {
    if (encoding !== undefined) this.inputs[this.inputs.length - 1]!.encoding = encoding;
    // With a tenth to spare: an estimate just short would mean one late, large regrowth.
    this.keys.reserve(Math.ceil(estimatedRows * 1.1));
  }

  rows(batch: readonly Row[]): void {
    this.inputs[this.inputs.length - 1]!.rows += batch.length;
    // Keys remember the input (a file, or a sheet of a workbook) where they were first seen.
    for (const row of batch) this.keys.check(row, this.inputs.length - 1, this.absentKeys);
  }
}

/** Reports blank keys, and every county-period after its first row in its table, by name and, where given, by code. */
class KeyCheck {
  /**
   * Per table (src/model/tables.ts), its county-years and the codes they come with; a pack that
   * declares none has one, county × year.
   */
  private readonly keys: CountyKeys[];
  private readonly tables: readonly Table[];
  private readonly county: number;
  private readonly code: number;

  constructor(
    private readonly fields: readonly FieldSpec[],
    private readonly inputs: readonly InputInfo[],
    private readonly problems: (p: Problem) => void,
  ) {
    this.county = fields.findIndex((f) => f.name === 'county');
    this.code = fields.findIndex((f) => f.name === 'county_code');
    this.tables = tablesOf(fields);
    const names = new NameTable();
    this.keys = this.tables.map(() => new CountyKeys(names));
  }

  /** Room for a file's rows, in the first table's keys: a file's table is known only from its header. */
  reserve(rows: number): void {
    this.keys[0]!.reserve(rows);
  }

  /** A period as the messages say it: the year, or the month (`2022-03`). */
  private periodText(row: Row): string | number {
    return row.period === undefined ? row.year! : monthText(row.period);
  }

  /** The same code twice in a year is one county twice, under any names; one name with two codes is a contradiction. */
  private checkCode(row: Row, code: string, inputIndex: number, reported: boolean): void {
    const period = periodOf(row)!;
    const keys = this.keys[row.table ?? 0]!;
    const year = this.periodText(row);
    const first = keys.codeYear(code, period, inputIndex, row.line);
    if (first !== undefined && !reported) {
      const where = this.where(first.file, first.line);
      const message = say('duplicateCode', code, year, where, row.county!);
      this.problems(rowProblem(row, 'county_code', 'duplicate-row-key', 'error', message));
    }
    // The code the row's county-year first came with (`check` added the county-year last).
    const firstCode = keys.firstCode(code);
    if (firstCode !== undefined && firstCode !== Number(code)) {
      const message = say('twoCodes', row.county!, year, String(firstCode).padStart(6, '0'), code);
      this.problems(rowProblem(row, 'county_code', 'name-code-mismatch', 'error', message));
    }
  }

  /** Where a key was first seen: `file:line`, or the file, its sheet and the row. */
  private where(inputIndex: number, line: number): Text {
    const input = this.inputs[inputIndex]!;
    return input.sheet === undefined
      ? `${input.file}:${line}`
      : joined(`${input.file} `, say('place.sheet', input.sheet), ' ', say('place.row', line));
  }

  check(row: Row, inputIndex: number, absentKeys: ReadonlySet<string>): void {
    const period = periodOf(row);
    const table = this.tables[row.table ?? 0]!;
    // A table keyed by its period alone: a row is its period, the table's id standing for the county.
    if (table.keyless && period !== null) {
      const first = this.keys[table.index]!.add(table.id, period, inputIndex, row.line);
      if (first !== undefined) {
        const message = say('duplicateRow', `${table.id} ${this.periodText(row)}`, this.where(first.file, first.line));
        this.problems(rowProblem(row, this.fields[table.period]!.name, 'duplicate-row-key', 'error', message));
      }
      return;
    }
    if (row.county !== null && period !== null) {
      const first = this.keys[row.table ?? 0]!.add(row.county, period, inputIndex, row.line);
      const code = this.code < 0 ? undefined : row.cells[this.code];
      if (first !== undefined) {
        const where = this.where(first.file, first.line);
        const message = say('duplicateRow', `${row.county} ${this.periodText(row)}`, where);
        this.problems(rowProblem(row, 'county', 'duplicate-row-key', 'error', message));
      }
      if (typeof code === 'string') this.checkCode(row, code, inputIndex, first !== undefined);
      return;
    }
    // A null cell is unusable and was reported when it was read.
    if (!table.keyless && row.county === null && row.cells[this.county] !== null && !absentKeys.has('county')) {
      this.problems(rowProblem(row, 'county', 'missing-key', 'error', say('countyBlank')));
    }
    const periodField = this.fields[table.period];
    if (period === null && row.cells[table.period] !== null && !absentKeys.has(periodField?.name ?? 'year')) {
      const message =
        periodField === undefined || periodField.name === 'year'
          ? say('yearBlank')
          : say('periodBlank', periodField.label);
      this.problems(rowProblem(row, periodField?.name ?? 'year', 'missing-key', 'error', message));
    }
  }
}
