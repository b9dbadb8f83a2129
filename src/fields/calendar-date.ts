// The forms of a calendar date people type, read as ISO YYYY-MM-DD: one parser for a date cell
// and for a date given on the command line, in the config file or to the library.
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** YYYY-MM-DD and a real date, checked without building one. */
export function isIsoDate(raw: string): boolean {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return false;
  const digit = (i: number): number => raw.charCodeAt(i) - 48;
  for (const i of DATE_DIGITS) if (digit(i) < 0 || digit(i) > 9) return false;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

/**
 * `2022-12-31`, `2022/12/31`, `2022.12.31` or `2022年12月31日` (month and day with or without a
 * leading zero) as `2022-12-31`; `unreal` for a date of such a form that does not exist
 * (`2022-02-30`), undefined for any other text.
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'unreal' is the one string that is no date: named for the reader
export function calendarDate(text: string): string | 'unreal' | undefined {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date.toISOString().slice(0, 10);
    }
    return 'unreal';
  }
  return undefined;
}
