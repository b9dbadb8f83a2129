// The registry of field types a pack's columns may have: one line per type.
import { amount } from './amount.js';
import { code } from './code.js';
import { count } from './count.js';
import { date } from './date.js';
import type { FieldKind } from './field-kind.js';
import { integer } from './integer.js';
import { percent } from './percent.js';
import { text } from './text.js';
import { yesno } from './yesno.js';
import { yearMonth } from './year-month.js';

const BUILT_IN = [text, code, integer, date, count, amount, percent, yesno, yearMonth] as const;

/** The name of a built-in field type. */
export type FieldTypeName = (typeof BUILT_IN)[number]['type'];

const types = new Map<string, FieldKind>(BUILT_IN.map((type) => [type.type, type]));

let listed = false;

/**
 * Adds a type, e.g. one a library user or a test defines; its name must be new, and it is added
 * before the first pack is read (the pack schema lists the types once, those registered then).
 */
export function registerFieldType(type: FieldKind): void {
  if (types.has(type.type)) throw new Error(`field type '${type.type}' is registered already`);
  if (listed) throw new Error(`field type '${type.type}' comes too late: a pack has been read already`);
  types.set(type.type, type);
}

/** Every type's name, in the order the pack format lists them. */
export function fieldTypeNames(): [string, ...string[]] {
  listed = true;
  return [...types.keys()] as [string, ...string[]];
}

export function fieldTypeOf(name: string): FieldKind {
  const type = types.get(name);
  if (!type) throw new Error(`unknown field type '${name}'`);
  return type;
}

export { type FieldKind, type TemplateContext, type TemplateWords, fieldKind } from './field-kind.js';
