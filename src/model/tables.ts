// A pack's tables: what keys a row (the county) and what period it covers (a year, a month). A
// pack that declares none has one, county × year, as every pack before tables had.
import type { FieldSpec, Row } from './types.js';

export type Every = 'year' | 'month';

/** A table as the pack declares it. */
export interface TableSpec {
  id: string;
  key?: 'county';
  period: { column: string; every: Every };
  title?: string;
  title_en?: string;
}

/** A table as the reader and the engine use it, made from the pack's fields. */
export interface Table {
  id: string;
  /** Its place among the pack's tables: a row of any but the first carries it (`Row.table`). */
  index: number;
  /** The field index of its period column. */
  period: number;
  every: Every;
  /** Keyed by its period alone: no county, its rows lent to other tables' rows by `join:`. */
  keyless: boolean;
  /** The fields its files hold: its own, and those of no table in particular (the county). */
  fields: readonly FieldSpec[];
  /** How a person calls it, where the pack says (`title`, `title_en`); else a message names it by its id. */
  title?: string;
  title_en?: string;
}

/** The id of the one table of a pack that declares none. */
export const DEFAULT_TABLE = 'county-year';

const made = new WeakMap<readonly FieldSpec[], Table[]>();

/** The tables of a pack's fields, in the order their period columns come; at least one. */
export function tablesOf(fields: readonly FieldSpec[]): readonly Table[] {
  let tables = made.get(fields);
  if (tables) return tables;
  const periods = fields.flatMap((field, i) => (field.periods ?? []).map((period) => ({ period, i })));
  tables =
    periods.length === 0
      ? [
          {
            id: DEFAULT_TABLE,
            index: 0,
            period: fields.findIndex((field) => field.name === 'year'),
            every: 'year',
            keyless: false,
            fields,
          },
        ]
      : periods.map(({ period, i }, index) => {
          const id = period.table;
          const keyless = period.keyless === true;
          return {
            id,
            index,
            period: i,
            every: period.every,
            keyless,
            fields: fields.filter((f) => belongsTo(f, id, keyless)),
            ...(period.title === undefined ? {} : { title: period.title }),
            ...(period.title_en === undefined ? {} : { title_en: period.title_en }),
          };
        });
  made.set(fields, tables);
  return tables;
}

/** Whether a field is a column of the table: its period column, one of its own, or one of every keyed table (the county). */
function belongsTo(field: FieldSpec, table: string, keyless: boolean): boolean {
  if (field.periods) return field.periods.some((period) => period.table === table);
  return field.table === table || (field.table === undefined && !keyless);
}

/** The table a rule judges: the one it names, else the first. */
export function tableNamed(fields: readonly FieldSpec[], id: string | undefined): Table {
  const tables = tablesOf(fields);
  return (id === undefined ? undefined : tables.find((table) => table.id === id)) ?? tables[0]!;
}

/** A row's period as a number: its year, or year × 12 + month − 1 in a monthly table; null when blank or unusable. */
export function periodOf(row: Row): number | null {
  return row.period ?? row.year;
}

/** The period a month cell (`2022-03`) names, as year × 12 + month − 1. */
export function monthPeriod(cell: unknown): number | undefined {
  if (typeof cell !== 'string' || !/^\d{4}-\d{2}$/.test(cell)) return undefined;
  return Number(cell.slice(0, 4)) * 12 + Number(cell.slice(5, 7)) - 1;
}

/** A monthly period as people and JSON write it: `2022-03`. */
export function monthText(period: number): string {
  return `${String(Math.floor(period / 12)).padStart(4, '0')}-${String((period % 12) + 1).padStart(2, '0')}`;
}
