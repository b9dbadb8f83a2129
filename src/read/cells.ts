// Reads one cell the way TARGETS.md says people type it; anything else is a coded problem.
import { isInteger, parseDecimal, type Exact } from '../model/exact.js';
import type { DataCode } from '../model/codes.js';
import { MAX_SCALE, POW10, simplify } from '../model/num.js';
import type { CellValue, FieldSpec } from '../model/types.js';
import { toHalfWidth } from './normalize.js';
import { words } from '../words/words.js';

export class CellProblem {
  constructor(
    readonly code: DataCode,
    readonly message: string,
  ) {}
}

/** A dash, slash or 无 standing alone in a number cell: a blank as the office wrote it, never a zero. */
export class Placeholder {
  private constructor(readonly text: string) {}
  private static readonly known = new Map<string, Placeholder>();
  static of(text: string): Placeholder {
    let mark = Placeholder.known.get(text);
    if (!mark) Placeholder.known.set(text, (mark = new Placeholder(text)));
    return mark;
  }
}

/** A readable value, `undefined` for a blank, a placeholder blank, or the problem that makes it unusable. */
export type CellResult = CellValue | undefined | Placeholder | CellProblem;

const PLACEHOLDERS = new Set(['—', '——', '/', '-', '无', '--', '－']);

const YES_NO = new Map<string, boolean>([
  ...['是', '有', '已', 'yes', 'true', 'y', '1', '已建成', '已出台', '√', '✓', '✔'].map((word) => [word, true] as const),
  ...['否', '无', '未', 'no', 'false', 'n', '0', '未建成', '未出台', '×', '✗', '✘'].map((word) => [word, false] as const),
]);
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

export type CellReader = (raw: string) => CellResult;

/** A reader for one field, compiled once: most cells are plain and take a short path. */
export function cellReader(field: FieldSpec): CellReader {
  const general = (raw: string): CellResult => readGeneral(field, raw);
  const limited = field.min !== undefined || field.maxValue !== undefined;
  const number = (decimals: boolean, signed: boolean): CellReader => (raw) => {
    const value = plainNumber(raw, decimals, signed);
    if (value !== value) return general(raw); // NaN: not plain
    return limited ? checkRange(field, value, raw) : value;
  };
  switch (field.type) {
    case 'count':
    case 'integer':
      return number(false, false);
    case 'amount':
      return number(true, false);
    case 'percent':
      // A change in prices may be negative.
      return number(true, true);
    case 'code':
      return (raw) => (raw.length === 6 && !Number.isNaN(plainNumber(raw, false, false)) ? raw : general(raw));
    case 'yesno':
      return (raw) => YES_NO.get(raw) ?? general(raw);
    case 'date':
      return (raw) => (isIsoDate(raw) ? raw : general(raw));
    case 'text':
      return (raw) => {
        if (raw.includes('\uFFFD')) return encodingError();
        const text = raw.trim();
        return text === '' ? undefined : text;
      };
    default:
      return general;
  }
}

export function readCell(field: FieldSpec, raw: string): CellResult {
  return cellReader(field)(raw);
}

/**
 * The value of ASCII digits with, where allowed, one point and a leading minus: at most 15 digits
 * and 9 after the point, read in the same pass that checks them. Digits make an exact integer and
 * one division by a power of ten rounds correctly, so the double stands for exactly this decimal.
 * NaN for anything else, which then takes the general path.
 */
function plainNumber(raw: string, decimals: boolean, signed: boolean): number {
  const length = raw.length;
  const negative = signed && length > 1 && raw.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  if (length === i || length - i > 16) return NaN;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 && decimals && point < 0 && digits > 0 && i < length - 1) {
      point = i;
    } else {
      return NaN;
    }
  }
  if (digits > 15) return NaN;
  const scale = point < 0 ? 0 : length - point - 1;
  if (scale > MAX_SCALE) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return negative ? -value : value;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** YYYY-MM-DD and a real date, checked without building one. */
function isIsoDate(raw: string): boolean {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return false;
  const digit = (i: number): number => raw.charCodeAt(i) - 48;
  for (const i of DATE_DIGITS) if (digit(i) < 0 || digit(i) > 9) return false;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

function encodingError(): CellProblem {
  return new CellProblem('encoding-error', words().cellEncoding);
}

/** Everything the short paths do not take: full-width forms, spaces, separators, and every problem. */
function readGeneral(field: FieldSpec, raw: string): CellResult {
  if (raw.includes('\uFFFD')) return encodingError();
  const text = toHalfWidth(raw).trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'code':
      return readCode(text);
    case 'date':
      return readDate(text);
    case 'yesno':
      return readYesNo(text);
    default:
      return readNumber(field, text);
  }
}

function readNumber(field: FieldSpec, text: string): CellResult {
  if (EXCEL_ERROR.test(text)) return new CellProblem('excel-error', words().excelError(text));
  if (PLACEHOLDERS.has(text)) return Placeholder.of(text);
  // A figure followed by exactly its own column's unit (96个 in a 个 column) is the figure.
  const unit = field.unit;
  const figure = unit && field.type !== 'percent' && text.length > unit.length && text.endsWith(unit) ? text.slice(0, -unit.length).trimEnd() : text;
  let plain = THOUSANDS.test(figure) ? figure.replace(/,/g, '') : figure;
  if (field.type === 'percent' && plain.endsWith('%')) plain = plain.slice(0, -1).trim();
  if (field.type === 'integer' && plain.endsWith('年')) plain = plain.slice(0, -1);
  if (SCIENTIFIC.test(plain)) {
    return new CellProblem('scientific-notation', words().scientific(text));
  }
  const value = parseDecimal(plain);
  if (value === undefined) return new CellProblem('not-a-number', words().notANumber(text));
  return checkNumber(field, value, text);
}

function checkNumber(field: FieldSpec, value: Exact, text: string): CellResult {
  const negative = value.n < 0n;
  if ((field.type === 'count' || field.type === 'integer') && !isInteger(value)) {
    return new CellProblem('not-a-whole-number', words().notAWholeNumber(text));
  }
  if (field.type === 'count' && negative) return new CellProblem('negative-count', words().negativeCount(text));
  if (field.type === 'amount' && negative) return new CellProblem('negative-amount', words().negativeAmount(text));
  return checkRange(field, simplify(value), text);
}

function checkRange(field: FieldSpec, value: number | Exact, text: string): CellResult {
  if (field.min === undefined && field.maxValue === undefined) return value;
  const asNumber = typeof value === 'number' ? value : Number(value.n) / Number(value.d);
  if ((field.min !== undefined && asNumber < field.min) || (field.maxValue !== undefined && asNumber > field.maxValue)) {
    return new CellProblem('out-of-range', words().outOfRange(text.trim(), String(field.min ?? '…'), String(field.maxValue ?? '…')));
  }
  return value;
}

function readYesNo(text: string): CellResult {
  const answer = YES_NO.get(text.toLowerCase());
  if (answer !== undefined) return answer;
  return new CellProblem('not-yes-no', words().notYesNo(text));
}

function readCode(text: string): CellResult {
  if (SCIENTIFIC.test(text)) {
    return new CellProblem('scientific-notation', words().scientificCode(text));
  }
  if (!/^\d{6}$/.test(text)) return new CellProblem('invalid-code', words().notACode(text));
  return text;
}

const DATE_FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

function readDate(text: string): CellResult {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date.toISOString().slice(0, 10);
    }
    return new CellProblem('invalid-date', words().notARealDate(text));
  }
  return new CellProblem('invalid-date', words().notADate(text, /^\d{5}$/.test(text)));
}
