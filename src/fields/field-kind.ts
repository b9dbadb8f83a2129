// A field type: how a cell of it is read, and what the Excel template lets a person type in it.
// One module per type; `index.ts` registers them.
import type ExcelJS from 'exceljs';
import type { FieldSpec } from '../model/types.js';
import type { CellReader, CellResult } from './cell.js';

/** What a template column's validation is built from: its cells, and the words the template uses. */
export interface TemplateContext {
  /** The column's first data cell (A2), and that of the total it is a part of. */
  cell: string;
  total: string | undefined;
  /** The unit and part-of wording, already in words ('' when none). */
  unit: string;
  part: string;
  /** A validation's common settings with this prompt and refusal. */
  say: (prompt: string) => Omit<ExcelJS.DataValidation, 'type' | 'formulae'>;
  words: TemplateWords;
}

/** The template's input messages, as report/xlsx/words.ts holds them. */
export interface TemplateWords {
  text: string;
  code: string;
  year(min: number, max: number): string;
  date: string;
  month: string;
  yesno: string;
  percent: string;
  amount: string;
  count: string;
  countUpTo(max: number): string;
  yes: string;
  no: string;
}

export interface FieldKind<Type extends string = string> {
  type: Type;
  /** Whether its cells hold numbers, so that a measure or a `max:` may compute with them. */
  numeric: boolean;
  /** Whether a 合计 row's cell of it is the sum of the county rows' cells (when no maxValue or rate unit says otherwise). */
  additive?: boolean;
  /**
   * The reader of one field's cells, compiled once: a short path for plain cells, `general` for the
   * rest (full-width forms, spaces, placeholders and every problem).
   */
  reader(field: FieldSpec, general: CellReader): CellReader;
  /** The general path, given the cell's text made half-width and trimmed, never blank. */
  read(field: FieldSpec, text: string): CellResult;
  /** The Excel number format of its template column, if any. */
  numFmt?: string;
  validation(field: FieldSpec, template: TemplateContext): ExcelJS.DataValidation;
}

export function fieldKind<Type extends string>(type: FieldKind<Type>): FieldKind<Type> {
  return type;
}
