// The county submission as a workbook that refuses a typo as it is typed: the Chinese labels with
// their units, a validation and an input message on every column, and a sheet 说明 on what each
// column is for. Both sheets print on A4 landscape, one page wide, the heading row on each page; the
// sheets are named in the run's language, and the guide is known by its heading row, whatever its
// name (a filled-in template is read without it).
import ExcelJS from 'exceljs';
import type { FieldSpec, RuleInfo } from '../../model/types.js';
import { fieldTypeOf } from '../../fields/index.js';
import { textCell } from './cells.js';
import { ColumnWidths, PRINT, textWidth } from './print.js';
import { headingRow } from './style.js';
import { ENTER, GUIDE_HEADINGS, SHEETS, TARGET_LINE, TYPE_NAME, WORDS } from './words.js';
import { validationOf } from './validation.js';

/** Rows of the form that carry the validations: more than any prefecture has counties. */
export const TEMPLATE_ROWS = 500;

export interface TemplateRule extends Pick<RuleInfo, 'id' | 'title' | 'paragraph' | 'quote'> {
  columns: readonly string[];
}

/** What `duibiao template` asks of the form, as for the CSV one. */
export interface TemplateForm {
  /** `--english`: the English column names as the header, instead of the labels with their units. */
  english: boolean;
  /** `--counties`: one row pre-filled for each county of the roster, with its name and code. */
  counties: readonly { county: string; code: string | undefined }[];
}

export async function templateXlsx(
  fields: readonly FieldSpec[],
  rules: readonly TemplateRule[],
  options: TemplateForm = { english: false, counties: [] },
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const form = book.addWorksheet(SHEETS.template, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: PRINT,
  });
  const heading = (field: FieldSpec): string => (options.english ? field.name : header(field));
  // A heading wraps in its row of 48 points: a column need not be as wide as its whole label.
  form.columns = fields.map((field) => ({ width: Math.min(20, Math.max(10, textWidth(heading(field)) / 2 + 2)) }));
  const head = form.addRow(fields.map(heading));
  headingRow(head);
  head.height = 48;
  // Each county's name and code, as text; every other cell is the county's to fill in.
  for (const { county, code } of options.counties)
    form.addRow(
      fields.map((field) =>
        field.name === 'county'
          ? textCell(county)
          : field.name === 'county_code' && code !== undefined
            ? textCell(code)
            : null,
      ),
    );
  // The validations reach past the last pre-filled county, as far as for a blank form at least.
  const last = Math.max(TEMPLATE_ROWS, options.counties.length) + 1;
  const letters = new Map(fields.map((field, index) => [field.name, columnLetter(index + 1)]));
  fields.forEach((field, index) => {
    const letter = columnLetter(index + 1);
    const validation = validationOf(
      field,
      letter,
      field.max ? letters.get(field.max) : undefined,
      fields.find((f) => f.name === field.max)?.label,
    );
    (
      form as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${last}`, validation);
    const column = form.getColumn(index + 1);
    const numFmt = fieldTypeOf(field.type).numFmt;
    if (numFmt) column.numFmt = numFmt;
  });
  guide(book.addWorksheet(SHEETS.guide, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT }), fields, rules);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The label with its unit, as a statistical table heads a column: 低保平均标准（元/人·月）. */
function header(field: FieldSpec): string {
  return textCell(field.unit ? WORDS.labelWithUnit(field.label, field.unit) : field.label);
}

function guide(sheet: ExcelJS.Worksheet, fields: readonly FieldSpec[], rules: readonly TemplateRule[]): void {
  // The guide's heading row, in either language, is how the workbook reader knows the sheet: it stays row 1.
  const widths = new ColumnWidths([
    { min: 4, max: 6 },
    { min: 8, max: 30 },
    { min: 10, max: 36 },
    { min: 6, max: 10 },
    { min: 6, max: 12 },
    { min: 20, max: 40 },
    { min: 30, max: 80 },
  ]);
  widths.add(GUIDE_HEADINGS);
  const rows = fields.map((field, index) => {
    const uses = rules
      .filter((rule) => rule.columns.includes(field.name))
      .map((rule) => TARGET_LINE(textCell(rule.title), rule.paragraph, textCell(rule.quote)));
    const values = [
      columnLetter(index + 1),
      field.name,
      textCell(field.label),
      TYPE_NAME[field.type] ?? field.type,
      textCell(field.unit ?? ''),
      validationOf(field, 'A', undefined, fields.find((f) => f.name === field.max)?.label).prompt ?? ENTER.text,
      uses.join('\n'),
    ];
    widths.add(values);
    return values;
  });
  sheet.columns = widths.widths().map((width) => ({ width }));
  headingRow(sheet.addRow([...GUIDE_HEADINGS]));
  for (const values of rows) sheet.addRow(values).alignment = { wrapText: true, vertical: 'top' };
}

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
