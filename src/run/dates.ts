// The as-of date of a run and the run's day: read once, as YYYY-MM-DD, by the one date parser of
// the date cells (2022-12-31, 2022/12/31, 2022.12.31, 2022年12月31日).
import { DuibiaoError } from '../errors.js';
import { calendarDate } from '../fields/calendar-date.js';
import { REPORT_DATE } from '../model/as-of.js';
import { words } from '../words/words.js';

/**
 * The date deadlines are judged at: the one given, else `today`; undefined for `report-date`,
 * which leaves each row's report_date to decide.
 */
export function parseAsOf(text: unknown, today: string): string | undefined {
  if (text === undefined) return today;
  if (text === REPORT_DATE) return undefined;
  const date = typeof text === 'string' ? calendarDate(text.trim()) : undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what was given, from a flag, a config or the library, shown as it is
  if (date === undefined || date === 'unreal') throw new DuibiaoError('usage', words().badAsOf(String(text)));
  return date;
}

/** What the JSON report's `asOf` says: the date used, or `report-date`. */
export function asOfField(asOf: string | undefined): string {
  return asOf ?? REPORT_DATE;
}

/**
 * The run's day: `given` (a date as the cells take it, or a Date's local day), else the clock's
 * local day. `source` names where a bad one came from.
 */
export function todayOf(given: unknown, source: string, now: () => Date = () => new Date()): string {
  if (given === undefined) return localDay(now());
  if (given instanceof Date && !Number.isNaN(given.getTime())) return localDay(given);
  const date = typeof given === 'string' ? calendarDate(given.trim()) : undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what was given, from the environment or the library, shown as it is
  if (date === undefined || date === 'unreal') throw new DuibiaoError('usage', words().badToday(source, String(given)));
  return date;
}

function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
