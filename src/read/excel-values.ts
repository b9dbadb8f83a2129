// A workbook cell's value as the text the office typed and sees, so that a sheet's cells go
// through the same cell readers as a CSV file's: numbers through Excel's 15 significant digits,
// percentages as `45.6%`, date serials as 2022-12-20.

/** How a cell's number format shows its number. */
export type NumberShape = 'number' | 'percent' | 'date';

/** Excel's built-in formats that show a percentage or a date (ids 27–36 and 50–58 are the CJK dates). */
const PERCENT_IDS = new Set([9, 10]);
const DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** The shape of a built-in format id, or of a format code. */
export function shapeOf(id: number, code: string | undefined): NumberShape {
  if (code === undefined) return PERCENT_IDS.has(id) ? 'percent' : DATE_IDS.has(id) ? 'date' : 'number';
  return shapeOfCode(code);
}

/** A format code's shape, from its tokens outside quoted text, [colour/locale] brackets and escapes. */
export function shapeOfCode(code: string): NumberShape {
  // Only the first section (positive numbers) says how the sheet's figures look.
  const tokens = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '')
    .split(';')[0]!
    .toLowerCase();
  if (tokens.includes('%')) return 'percent';
  if (tokens === 'general' || tokens === '@') return 'number';
  if (/[yd]/.test(tokens) || (tokens.includes('m') && !/[hs]/.test(tokens))) return 'date';
  return 'number';
}

/** The text of a number as Excel shows it at most: 15 significant digits, no float noise. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** The text of a number in a cell of the given shape; `date1904` for workbooks dated from 1904. */
export function shapedText(value: number, shape: NumberShape, date1904: boolean): string {
  if (shape === 'percent') return `${numberText(Number((value * 100).toPrecision(15)))}%`;
  if (shape === 'date') return serialDate(value, date1904) ?? numberText(value);
  return numberText(value);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The day of a date serial as YYYY-MM-DD (its time of day dropped), or undefined when it is no
 * day Excel can show. In the 1900 system serial 60 is the 29 February 1900 Lotus invented;
 * serials below it count from 31 December 1899.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  const day = Math.floor(serial);
  // A return's dates are few: the last one is mostly the next one.
  if (day === lastDay && date1904 === lastSystem) return lastText;
  lastDay = day;
  lastSystem = date1904;
  lastText = dayText(day, date1904);
  return lastText;
}

let lastDay = Number.NaN;
let lastSystem = false;
let lastText: string | undefined;

function dayText(day: number, date1904: boolean): string | undefined {
  if (day < (date1904 ? 0 : 1) || day > 2_958_465) return undefined;
  if (!date1904 && day === 60) return '1900-02-29';
  const ms = date1904 ? EPOCH_1904 + day * DAY_MS : EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A boolean cell as the yes/no reader takes it. */
export function booleanText(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

/** The A1 reference of a 1-based column and row. */
export function cellReference(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** The 0-based column of an A1 reference (`F7` → 5), or -1 when it has no letters. */
export function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? -1 : column - 1;
}

/** Plain decimal digits (a sign, one point) with at most 15 of them: Excel's own 15 significant digits. */
export function isShortDecimal(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 16) return false;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (!(code === 46 || (code === 45 && i === 0))) return false;
  }
  return digits > 0 && digits <= 15 && !(text.charCodeAt(0) === 48 && length > 1 && text.charCodeAt(1) !== 46);
}
