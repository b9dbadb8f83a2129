// Which table a file (or sheet) is, told by its header: the table whose period column it holds.
// Then each of its rows is stamped with the table and its period read.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { monthPeriod, tablesOf, type Table } from '../model/tables.js';
import { listOf, say } from '../words/message.js';

/** The table of a header naming the fields `present`; a header holding no period column, or two, is reported and read as the first table. */
export function tableOfHeader(
  fields: readonly FieldSpec[],
  present: ReadonlySet<string>,
  file: string,
  line: number,
  problems: (p: Problem) => void,
): Table {
  const tables = tablesOf(fields);
  if (tables.length === 1) return tables[0]!;
  const held = tables.filter((table) => present.has(fields[table.period]!.name));
  // One period column (月份) of a table keyed by county and of one keyed by period alone: the county tells them apart.
  if (held.length > 1) {
    const keyed = present.has('county') || present.has('county_code');
    const told = held.filter((table) => table.keyless !== keyed);
    if (told.length === 1) return told[0]!;
  }
  if (held.length === 1) return held[0]!;
  // No period column and no column of another table: the first table's file without its period (年度), as in a pack of one table.
  if (
    held.length === 0 &&
    !fields.some((field) => field.table !== undefined && field.table !== tables[0]!.id && present.has(field.name))
  )
    return tables[0]!;
  const name = (table: Table): string => `${fields[table.period]!.label} (${fields[table.period]!.name})`;
  problems({
    file,
    line,
    code: 'table-unclear',
    level: 'error',
    message: say('tableUnclear', listOf(tables.map(name)), listOf(held.map(name))),
  });
  return tables[0]!;
}

/**
 * How the rows of a table are stamped: nothing for the pack's first table when its period is the
 * year (the rows are as they always were), else the table's index and the period its column holds.
 */
export function periodStamp(table: Table, fields: readonly FieldSpec[]): ((row: Row) => void) | undefined {
  const column = table.period;
  const index = table.index;
  if (table.every === 'month') {
    return (row) => {
      if (index > 0) row.table = index;
      const period = monthPeriod(row.cells[column]);
      if (period === undefined) row.year = null;
      else {
        row.period = period;
        row.year = Math.floor(period / 12);
      }
    };
  }
  if (index === 0 && fields[column]?.name === 'year') return undefined;
  return (row) => {
    if (index > 0) row.table = index;
    const year = row.cells[column];
    row.year = typeof year === 'number' ? year : null;
  };
}
