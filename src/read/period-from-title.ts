// What keys a table's rows, and the year a table without its year column takes from its title
// lines, its sheet's name or its file's name (`2022年度…`), when they name exactly one.
import { tablesOf } from '../model/tables.js';
import type { FieldSpec } from '../model/types.js';
import { toHalfWidth } from './normalize.js';

/** The fields that key a row: the county, its code, and each table's period column. */
export function keyFields(fields: readonly FieldSpec[]): ReadonlySet<number> {
  const keys = new Set<number>();
  fields.forEach((field, i) => {
    if (field.name === 'county' || field.name === 'county_code') keys.add(i);
  });
  for (const table of tablesOf(fields)) if (table.period >= 0) keys.add(table.period);
  return keys;
}

/** A text that may name the year: a title line, the sheet's name, the file's name. */
export interface TitleText {
  text: string;
  /** The title line's own line; none for a name. */
  line?: number;
  /** Whether the text is the sheet's name. */
  sheet?: boolean;
}

/** The year a table takes from its titles, the year's field, and where it was named first. */
export interface TitleYear {
  field: number;
  year: number;
  line?: number | undefined;
  sheet?: boolean | undefined;
}

// A day (2023年1月5日, 2023-01-05, 2023.1.5) names when the return was filled in, not its period.
const DAY = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g;
// A year standing alone among the digits: 2022, 2022年, 2022年度, 2022年1-12月; never part of a code.
const YEAR = /(?<!\d)(19\d\d|20\d\d)(?!\d)/g;

/**
 * The year of a table whose header holds no period column and whose pack has exactly one yearly
 * table, when its titles, sheet name and file name together name exactly one year; else none.
 */
export function yearOfTitles(
  fields: readonly FieldSpec[],
  present: ReadonlySet<string>,
  texts: readonly TitleText[],
): TitleYear | undefined {
  const tables = tablesOf(fields);
  if (tables.some((table) => table.period >= 0 && present.has(fields[table.period]!.name))) return undefined;
  const yearly = tables.filter((table) => table.every === 'year' && table.period >= 0);
  if (yearly.length !== 1) return undefined;
  const field = fields[yearly[0]!.period]!;
  let found: TitleYear | undefined;
  for (const { text, line, sheet } of texts) {
    for (const match of toHalfWidth(text).replace(DAY, ' ').matchAll(YEAR)) {
      const year = Number(match[1]);
      if ((field.min !== undefined && year < field.min) || (field.maxValue !== undefined && year > field.maxValue))
        continue;
      if (found === undefined) found = { field: yearly[0]!.period, year, line, sheet };
      else if (found.year !== year) return undefined;
    }
  }
  return found;
}

/** A file's own name, the part after its last folder, as Windows or POSIX writes the path. */
export function ownName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
