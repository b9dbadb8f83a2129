// What the number types (count, integer, amount, percent) share: the short path, the forms people
// type (thousands separators, a trailing unit, placeholders), and the range a field allows.
import { isInteger, mul, parseDecimal, type Exact } from '../model/exact.js';
import { simplify } from '../model/num.js';
import type { FieldSpec } from '../model/types.js';
import { CellProblem, Placeholder, SCIENTIFIC, type CellReader, type CellResult } from './cell.js';
import { plainNumber } from './plain-number.js';
import { say } from '../words/message.js';

const PLACEHOLDERS = new Set(['—', '——', '/', '-', '无', '--', '－']);
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

export interface NumberForm {
  /** Whether the short path takes a point, and a leading minus. */
  decimals: boolean;
  signed: boolean;
  /** Whether the column's unit may follow the figure (96个). */
  unitSuffix: boolean;
  /** Takes off a sign of the type itself that may follow the figure (40%, 2022年). */
  strip?: (figure: string) => string;
  /** Whether only whole numbers are allowed. */
  whole: boolean;
  /** The problem of a negative value, when the type has none. */
  negative?: (text: string) => CellProblem;
}

export function numberReader(field: FieldSpec, general: CellReader, form: NumberForm): CellReader {
  const limited = field.min !== undefined || field.maxValue !== undefined;
  return (raw) => {
    const value = plainNumber(raw, form.decimals, form.signed);
    if (value !== value) return general(raw); // NaN: not plain
    return limited ? checkRange(field, value, raw) : value;
  };
}

export function readNumber(field: FieldSpec, text: string, form: NumberForm): CellResult {
  if (EXCEL_ERROR.test(text)) return new CellProblem('excel-error', say('excelError', text));
  if (PLACEHOLDERS.has(text)) return Placeholder.of(text);
  const { figure, tenThousands } = form.unitSuffix
    ? withoutUnit(text, field.unit)
    : { figure: text, tenThousands: false };
  let plain = THOUSANDS.test(figure) ? figure.replace(/,/g, '') : figure;
  if (form.strip) plain = form.strip(plain);
  if (SCIENTIFIC.test(plain)) {
    return new CellProblem('scientific-notation', say('scientific', text));
  }
  const value = parseDecimal(plain);
  if (value === undefined) return new CellProblem('not-a-number', say('notANumber', text));
  return checkNumber(field, tenThousands ? mul(value, TEN_THOUSAND) : value, text, form);
}

const TEN_THOUSAND: Exact = { n: 10_000n, d: 1n };

/** The ways one unit is written: a count of months is 月 or 个月 alike. */
function unitForms(unit: string): readonly string[] {
  return unit === '月' || unit === '个月' ? ['个月', '月'] : [unit];
}

/**
 * A figure followed by its own column's unit (96个 in a 个 column, 4个月 in a months column) is
 * the figure; 万 right before the unit (1.2万人) makes it ten thousand times the figure, exactly.
 * A unit that is not the column's stays in the text, and the text is no number.
 */
function withoutUnit(text: string, unit: string | undefined): { figure: string; tenThousands: boolean } {
  const form =
    unit === undefined
      ? undefined
      : unitForms(unit).find((written) => text.length > written.length && text.endsWith(written));
  if (form === undefined) return { figure: text, tenThousands: false };
  const figure = text.slice(0, -form.length).trimEnd();
  // In a 万元 column, 万 is the unit's own: 3865.4万元 is 3865.4.
  if (figure.length > 1 && figure.endsWith('万') && !form.startsWith('万'))
    return { figure: figure.slice(0, -1).trimEnd(), tenThousands: true };
  return { figure, tenThousands: false };
}

function checkNumber(field: FieldSpec, value: Exact, text: string, form: NumberForm): CellResult {
  if (form.whole && !isInteger(value)) return new CellProblem('not-a-whole-number', say('notAWholeNumber', text));
  if (form.negative && value.n < 0n) return form.negative(text);
  return checkRange(field, simplify(value), text);
}

function checkRange(field: FieldSpec, value: number | Exact, text: string): CellResult {
  if (field.min === undefined && field.maxValue === undefined) return value;
  const asNumber = typeof value === 'number' ? value : Number(value.n) / Number(value.d);
  if (
    (field.min !== undefined && asNumber < field.min) ||
    (field.maxValue !== undefined && asNumber > field.maxValue)
  ) {
    return new CellProblem(
      'out-of-range',
      say('outOfRange', text.trim(), String(field.min ?? '…'), String(field.maxValue ?? '…')),
    );
  }
  return value;
}
