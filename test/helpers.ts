// Builds rows the way the reader does, from the cells a county would type.
import type { FieldSpec, Problem, Row } from '../src/model/types.js';
import { fieldLookup } from '../src/read/headers.js';
import { buildRow } from '../src/read/row.js';
import { headerKey } from '../src/read/normalize.js';
import { loadPack } from '../src/pack/load.js';

export const builtin = await loadPack();

export function rowOf(cells: Record<string, string>, fields: readonly FieldSpec[] = builtin.fields, problems: Problem[] = []): Row {
  const lookup = fieldLookup(fields);
  const raw = Object.entries(cells).map(([name, value], i) => ({ field: lookup.get(headerKey(name))!, raw: value, columnNumber: i + 1 }));
  return buildRow(raw, fields.filter((f) => f.max), 'county.csv', 7, (p) => problems.push(p));
}
