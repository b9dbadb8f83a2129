// Several files as one data set: each file's format, and the account of its rows as they come, county-years seen twice reported.
import { extname } from 'node:path';
import { DuibiaoError } from '../errors.js';
import type { FieldSpec, InputInfo, Problem, Row } from '../model/types.js';
import { locationOf } from '../model/location.js';
import { KeyIndex } from './key-index.js';
import { section, words } from '../words/words.js';

export function formatOf(file: string): InputInfo['format'] {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') return 'xls';
  throw new DuibiaoError('unknown-format', words().read.unknownFormat(file, ext || undefined));
}

/** `sheets`: the workbook sheets to read (`--sheet`, names or 1-based numbers); none: every sheet with a header. */
export function isWorkbook(file: string): boolean {
  const format = formatOf(file);
  return format === 'xlsx' || format === 'xls';
}

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
  startFile(fileIndex: number, sheet?: { format: InputInfo['format']; sheet: string }): (problem: Problem) => void {
    const file = this.files[fileIndex]!;
    this.inputs.push(sheet ? { file, format: sheet.format, sheet: sheet.sheet, rows: 0 } : { file, format: formatOf(file), rows: 0 });
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

/** Reports blank keys, and every county-year after its first row, by name and, where given, by code. */
class KeyCheck {
  private readonly seen = new KeyIndex();
  /** (code, year) → first line: a code names one county whatever the name written. */
  private readonly codes = new KeyIndex();
  /** (name, year) → the code it first came with, kept in the index's line slot. */
  private readonly codeOfName = new KeyIndex();
  private readonly county: number;
  private readonly year: number;
  private readonly code: number;

  constructor(
    fields: readonly FieldSpec[],
    private readonly inputs: readonly InputInfo[],
    private readonly problems: (p: Problem) => void,
  ) {
    this.county = fields.findIndex((f) => f.name === 'county');
    this.year = fields.findIndex((f) => f.name === 'year');
    this.code = fields.findIndex((f) => f.name === 'county_code');
  }

  reserve(rows: number): void {
    this.seen.reserve(rows);
    if (this.code >= 0) {
      this.codes.reserve(rows);
      this.codeOfName.reserve(rows);
    }
  }

  /** The same code twice in a year is one county twice, under any names; one name with two codes is a contradiction. */
  private checkCode(row: Row, code: string, inputIndex: number, reported: boolean): void {
    const year = row.year!;
    const first = this.codes.add(code, year, inputIndex, row.line);
    if (first !== undefined && !reported) {
      const where = this.where(first.file, first.line);
      const message = words().duplicateCode(code, year, where, row.county!);
      this.problems({ ...locationOf(row), column: 'county_code', code: 'duplicate-row-key', level: 'error', message });
    }
    // Six digits fit the slot a line number takes.
    const firstCode = this.codeOfName.add(row.county!, year, 0, Number(code));
    if (firstCode !== undefined && firstCode.line !== Number(code)) {
      const message = words().twoCodes(row.county!, year, String(firstCode.line).padStart(6, '0'), code);
      this.problems({ ...locationOf(row), column: 'county_code', code: 'name-code-mismatch', level: 'error', message });
    }
  }

  /** Where a key was first seen: `file:line`, or the file, its sheet and the row. */
  private where(inputIndex: number, line: number): string {
    const input = this.inputs[inputIndex]!;
    const place = section('place');
    return input.sheet === undefined ? `${input.file}:${line}` : `${input.file} ${place.sheet(input.sheet)} ${place.row(line)}`;
  }

  check(row: Row, inputIndex: number, absentKeys: ReadonlySet<string>): void {
    if (row.county !== null && row.year !== null) {
      const first = this.seen.add(row.county, row.year, inputIndex, row.line);
      const code = this.code < 0 ? undefined : row.cells[this.code];
      if (first !== undefined) {
        const where = this.where(first.file, first.line);
        const message = words().duplicateRow(`${row.county} ${row.year}`, where);
        this.problems({ ...locationOf(row), column: 'county', code: 'duplicate-row-key', level: 'error', message });
      }
      if (typeof code === 'string') this.checkCode(row, code, inputIndex, first !== undefined);
      return;
    }
    // A null cell is unusable and was reported when it was read.
    if (row.county === null && row.cells[this.county] !== null && !absentKeys.has('county')) {
      this.problems({ ...locationOf(row), column: 'county', code: 'missing-key', level: 'error', message: words().countyBlank });
    }
    if (row.year === null && row.cells[this.year] !== null && !absentKeys.has('year')) {
      this.problems({ ...locationOf(row), column: 'year', code: 'missing-key', level: 'error', message: words().yearBlank });
    }
  }
}
