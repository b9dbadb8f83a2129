// Checks what the schema cannot: names that must point at something, and types that must fit.
import type { PackCode } from '../model/codes.js';
import type { PathKey } from './locate.js';
import type { PackFile } from './schema.js';

/** A pack's fields and rules by index; undefined where an entry failed its schema. */
export interface WellFormed {
  fields: (PackFile['fields'][number] | undefined)[];
  rules: (PackFile['rules'][number] | undefined)[];
  /** Every rule's id, even of a rule that failed its schema. */
  ruleIds: (string | undefined)[];
}
import { closest } from './suggest.js';
import { measureKindOf } from '../measures/index.js';
import { fieldTypeOf } from '../fields/index.js';

export interface ReferenceProblem {
  path: PathKey[];
  code: PackCode;
  message: string;
}
import { headerKey } from '../read/normalize.js';

export function checkReferences(pack: WellFormed): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const types = new Map<string, string>();
  const labels = new Map<string, number>();

  pack.fields.forEach((field, i) => {
    if (!field) return;
    if (types.has(field.name)) {
      problems.push({ path: ['fields', i, 'name'], code: 'pack-duplicate-field', message: `column '${field.name}' is defined twice` });
    }
    types.set(field.name, field.type);
    if (labels.has(field.label)) {
      problems.push({ path: ['fields', i, 'label'], code: 'pack-duplicate-field', message: `label '${field.label}' is used twice` });
    }
    labels.set(field.label, i);
  });
  // An alias that is another column's name, label or alias would make a header mean two columns.
  const headers = new Map<string, number>();
  pack.fields.forEach((field, i) => {
    if (!field) return;
    for (const text of [field.name, field.label]) headers.set(headerKey(text), i);
  });
  pack.fields.forEach((field, i) => {
    field?.aliases?.forEach((alias, a) => {
      const owner = headers.get(headerKey(alias));
      if (owner !== undefined && owner !== i) {
        problems.push({ path: ['fields', i, 'aliases', a], code: 'pack-duplicate-field', message: `alias '${alias}' already names another column` });
      }
      headers.set(headerKey(alias), i);
    });
  });
  for (const key of pack.fields.length > 0 ? ['county', 'year'] : []) {
    if (!types.has(key)) problems.push({ path: ['fields'], code: 'pack-missing-field', message: `the pack must define the key column '${key}'` });
  }

  const known = (name: string, path: PathKey[], numeric: boolean): string | undefined => {
    const type = types.get(name);
    if (type === undefined) {
      const guess = closest(name, types.keys());
      problems.push({ path, code: 'pack-unknown-column', message: `unknown column '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}` });
    } else if (numeric && !fieldTypeOf(type).numeric) {
      problems.push({ path, code: 'pack-type-mismatch', message: `column '${name}' is ${type}, but a number is needed here` });
    }
    return type;
  };

  pack.fields.forEach((field, i) => {
    if (field?.max !== undefined) known(field.max, ['fields', i, 'max'], true);
  });

  const ids = new Set<string>();
  pack.ruleIds.forEach((id, i) => {
    if (id !== undefined && ids.has(id)) problems.push({ path: ['rules', i, 'id'], code: 'pack-duplicate-rule', message: `rule id '${id}' is used twice` });
    if (id !== undefined) ids.add(id);
  });

  pack.rules.forEach((rule, i) => {
    if (!rule) return;
    const at = (...rest: PathKey[]): PathKey[] => ['rules', i, ...rest];

    const m = rule.measure;
    let isFlag = false;
    for (const column of measureKindOf(m).columns(m)) {
      if (known(column.name, at('measure', column.key), column.numeric) === 'yesno' && !column.numeric) isFlag = true;
    }

    const t = rule.target;
    if ('column' in t) {
      known(t.column, at('target', 'column'), true);
      if (isFlag) problems.push({ path: at('target'), code: 'pack-type-mismatch', message: 'a yes/no column is compared with true or false' });
    } else if (isFlag !== (typeof t.value === 'boolean')) {
      const want = isFlag ? 'true or false' : 'a number';
      problems.push({ path: at('target', 'value'), code: 'pack-type-mismatch', message: `the target here must be ${want}` });
    }
    if (rule.years && rule.years.from > rule.years.to) {
      problems.push({ path: at('years'), code: 'pack-schema', message: 'years.from is after years.to' });
    }
  });
  return problems;
}
