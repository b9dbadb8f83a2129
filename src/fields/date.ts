// A calendar date, read as ISO YYYY-MM-DD from the forms people type.
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { words } from '../words/words.js';

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

const DATE_FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

export const date = fieldKind({
  type: 'date',
  numeric: false,
  reader: (_field, general) => (raw) => (isIsoDate(raw) ? raw : general(raw)),
  read(_field, text) {
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
  },
  numFmt: 'yyyy-mm-dd',
  validation: (_field, { say, words }) => ({ ...say(words.date), type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))] }),
});
