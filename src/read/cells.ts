// Reads one cell the way TARGETS.md says people type it; anything else is a coded problem. How a
// cell of each type is read sits with its type, in src/fields.
import { CellProblem, Placeholder, type CellReader, type CellResult } from '../fields/cell.js';
import { encodingError } from '../fields/encoding-error.js';
import { fieldTypeOf } from '../fields/index.js';
import { formulaNotComputed, isUncomputed } from '../fields/formula.js';
import type { FieldSpec } from '../model/types.js';
import { toHalfWidth } from './normalize.js';

export { CellProblem, Placeholder, type CellReader, type CellResult };

/** A reader for one field, compiled once: most cells are plain and take a short path. */
export function cellReader(field: FieldSpec): CellReader {
  const type = fieldTypeOf(field.type);
  const read = type.reader(field, (raw) => readGeneral(field, raw));
  // A formula no program computed is unusable in any column, whatever its type reads.
  return (raw) => (isUncomputed(raw) ? formulaNotComputed(raw) : read(raw));
}

export function readCell(field: FieldSpec, raw: string): CellResult {
  return cellReader(field)(raw);
}

/** Everything the short paths do not take: full-width forms, spaces, separators, and every problem. */
function readGeneral(field: FieldSpec, raw: string): CellResult {
  if (raw.includes('\uFFFD')) return encodingError();
  const text = toHalfWidth(raw).trim();
  if (text === '') return undefined;
  return fieldTypeOf(field.type).read(field, text);
}
