// Builds rows the way the reader does, from the cells a county would type.
import type { FieldSpec, Problem, Row } from '../src/model/types.js';
import { fieldLookup } from '../src/read/headers.js';
import { headerKey } from '../src/read/normalize.js';
import { RowBuilder } from '../src/read/row.js';
import { loadPack } from '../src/pack/files.js';
import { tableNamed, tablesOf } from '../src/model/tables.js';

export const builtin = await loadPack();

/** The table of each rule of the built-in pack (its yearly return, its monthly price subsidy), for the accounting. */
export const builtinTables = {
  tables: new Map(builtin.rules.map((rule) => [rule.id, tableNamed(builtin.fields, rule.table).id])),
  first: tablesOf(builtin.fields)[0]!.id,
};

export function rowOf(
  cells: Record<string, string>,
  fields: readonly FieldSpec[] = builtin.fields,
  problems: Problem[] = [],
): Row {
  const lookup = fieldLookup(fields);
  const names = Object.keys(cells);
  const fieldOf = names.map((name) => lookup.get(headerKey(name)) ?? -1);
  return new RowBuilder(fields).build(Object.values(cells), fieldOf, 'county.csv', 7, (p) => problems.push(p));
}

export function cellOf(row: Row, name: string, fields: readonly FieldSpec[] = builtin.fields): Row['cells'][number] {
  return row.cells[fields.findIndex((f) => f.name === name)];
}
