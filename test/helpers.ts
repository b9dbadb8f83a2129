// Builds rows the way the reader does, from the cells a county would type.
import type { FieldSpec, Problem, Row } from '../src/model/types.js';
import { fieldLookup } from '../src/read/headers.js';
import { headerKey } from '../src/read/normalize.js';
import { RowBuilder } from '../src/read/row.js';
import { loadPack } from '../src/pack/files.js';
import { tableNamed } from '../src/model/tables.js';

export const builtin = await loadPack();

/** The table of a rule of the built-in pack: its yearly return, or its monthly price subsidy. */
export function builtinTableOf(rule: string): string {
  return tableNamed(builtin.fields, builtin.rules.find((spec) => spec.id === rule)?.table).id;
}

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
