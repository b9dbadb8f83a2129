// Dates on the command line and today's date, as YYYY-MM-DD.
import { DuibiaoError } from '../errors.js';
import { words } from '../words/words.js';

export function parseAsOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (date?.toISOString().slice(0, 10) !== text) {
    throw new DuibiaoError('usage', words().badAsOf(text));
  }
  return text;
}

export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
