// Reads one cell the way TARGETS.md says people type it; anything else is a coded problem.
import { isInteger, parseDecimal, type Exact } from '../model/exact.js';
import type { DataCode } from '../model/codes.js';
import type { CellValue, FieldSpec } from '../model/types.js';
import { toHalfWidth } from './normalize.js';

export class CellProblem {
  constructor(
    readonly code: DataCode,
    readonly message: string,
  ) {}
}

/** A readable value, `undefined` for a blank, or the problem that makes it unusable. */
export type CellResult = CellValue | undefined | CellProblem;

const YES = new Set(['是', '有', '已', 'yes', 'true', 'y', '1', '已建成', '已出台']);
const NO = new Set(['否', '无', '未', 'no', 'false', 'n', '0', '未建成', '未出台']);
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

export function readCell(field: FieldSpec, raw: string): CellResult {
  if (raw.includes('\uFFFD')) {
    return new CellProblem('encoding-error', 'the cell holds bytes that are not text in the file\'s encoding (in a UTF-8 file, often a row pasted from a GBK file)');
  }
  const text = toHalfWidth(raw).trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'text':
      return raw.trim();
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
  if (EXCEL_ERROR.test(text)) return new CellProblem('excel-error', `Excel error value '${text}' instead of a number`);
  let plain = THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
  if (field.type === 'percent' && plain.endsWith('%')) plain = plain.slice(0, -1).trim();
  if (field.type === 'integer' && plain.endsWith('年')) plain = plain.slice(0, -1);
  if (SCIENTIFIC.test(plain)) {
    return new CellProblem('scientific-notation', `'${text}' is Excel's scientific notation, which may have rounded the number; format the column as a number`);
  }
  const value = parseDecimal(plain);
  if (value === undefined) return new CellProblem('not-a-number', `'${text}' is not a number`);
  return checkNumber(field, value, text);
}

function checkNumber(field: FieldSpec, value: Exact, text: string): CellResult {
  const negative = value.n < 0n;
  if ((field.type === 'count' || field.type === 'integer') && !isInteger(value)) {
    return new CellProblem('not-a-whole-number', `'${text}' is not a whole number`);
  }
  if (field.type === 'count' && negative) return new CellProblem('negative-count', `a count cannot be negative: '${text}'`);
  if (field.type === 'amount' && negative) return new CellProblem('negative-amount', `an amount cannot be negative: '${text}'`);
  const asNumber = Number(value.n) / Number(value.d);
  if ((field.min !== undefined && asNumber < field.min) || (field.maxValue !== undefined && asNumber > field.maxValue)) {
    return new CellProblem('out-of-range', `'${text}' is outside ${field.min ?? '…'}–${field.maxValue ?? '…'}`);
  }
  return value;
}

function readYesNo(text: string): CellResult {
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return new CellProblem('not-yes-no', `'${text}' is not yes or no (是/否, 有/无, 已/未, Y/N, 1/0)`);
}

function readCode(text: string): CellResult {
  if (SCIENTIFIC.test(text)) {
    return new CellProblem('scientific-notation', `'${text}' is Excel's scientific notation; format the code column as text`);
  }
  if (!/^\d{6}$/.test(text)) return new CellProblem('invalid-code', `'${text}' is not a 6-digit code`);
  return text;
}

const DATE_FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

function readDate(text: string): CellResult {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date.toISOString().slice(0, 10);
    }
    return new CellProblem('invalid-date', `'${text}' is not a real date`);
  }
  const hint = /^\d{5}$/.test(text) ? ' (an Excel date serial number: format the column as a date)' : '';
  return new CellProblem('invalid-date', `'${text}' is not a date like 2022-12-31${hint}`);
}
