// Checks what the schema cannot: names that must point at something, and types that must fit.
import type { PackCode } from '../model/codes.js';
import type { PathKey } from './locate.js';
import type { PackFile } from './schema.js';

/** A pack's fields and rules by index; undefined where an entry failed its schema. */
export interface WellFormed {
  fields: (PackFile['fields'][number] | undefined)[];
  /** The declared tables; empty when the pack declares none. */
  tables: (NonNullable<PackFile['tables']>[number] | undefined)[];
  rules: (PackFile['rules'][number] | undefined)[];
  /** Every rule's id, even of a rule that failed its schema. */
  ruleIds: (string | undefined)[];
}
import { closest } from './suggest.js';
import { measureKindOf } from '../measures/index.js';
import { fieldTypeOf } from '../fields/index.js';
import { say, type Text } from '../words/message.js';

export interface ReferenceProblem {
  path: PathKey[];
  code: PackCode;
  message: Text;
  /** Where in the string at `path` the mistake is (0-based): a name inside an expression. */
  index?: number;
}

/** The expressions of a rule, read into trees; what the loader attaches to the pack. */
export interface RuleTrees {
  when?: Expr;
  measure?: Expr;
}
import { headerKey } from '../read/normalize.js';
import { checkTables } from './table-references.js';
import { namesInText, type Expr } from '../model/expr.js';
import { checkExpressions } from './rule-expressions.js';

/** `trees`: filled with each rule's expressions, read, by the rule's index. */
export function checkReferences(pack: WellFormed, trees = new Map<number, RuleTrees>()): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const types = new Map<string, string>();
  const labels = new Map<string, number>();

  pack.fields.forEach((field, i) => {
    if (!field) return;
    if (types.has(field.name)) {
      problems.push({
        path: ['fields', i, 'name'],
        code: 'pack-duplicate-field',
        message: say('packColumnTwice', field.name),
      });
    }
    types.set(field.name, field.type);
    if (labels.has(field.label)) {
      problems.push({
        path: ['fields', i, 'label'],
        code: 'pack-duplicate-field',
        message: say('packLabelTwice', field.label),
      });
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
    for (const key of ['aliases', 'index_aliases'] as const)
      field?.[key]?.forEach((alias, a) => {
        const owner = headers.get(headerKey(alias));
        if (owner !== undefined && owner !== i) {
          problems.push({
            path: ['fields', i, key, a],
            code: 'pack-duplicate-field',
            message: say('packAliasTwice', alias),
          });
        }
        headers.set(headerKey(alias), i);
      });
    // Only a percent is given as an index: 103.5 is +3.5 %.
    if (field?.index_aliases !== undefined && field.type !== 'percent')
      problems.push({
        path: ['fields', i, 'index_aliases'],
        code: 'pack-type-mismatch',
        message: say('packIndexNotPercent', field.name, field.type),
      });
  });
  // A pack with tables names its period columns in them; without, the year is the period.
  for (const key of pack.fields.length === 0 ? [] : pack.tables.length > 0 ? ['county'] : ['county', 'year']) {
    if (!types.has(key))
      problems.push({ path: ['fields'], code: 'pack-missing-field', message: say('packKeyColumn', key) });
  }

  const known = (name: string, path: PathKey[], numeric: boolean): string | undefined => {
    const type = types.get(name);
    if (type === undefined) {
      const guess = closest(name, types.keys());
      problems.push({ path, code: 'pack-unknown-column', message: say('packUnknownColumn', name, guess) });
    } else if (numeric && !fieldTypeOf(type).numeric) {
      problems.push({ path, code: 'pack-type-mismatch', message: say('packNotANumber', name, type) });
    }
    return type;
  };

  pack.fields.forEach((field, i) => {
    if (field?.max !== undefined) known(field.max, ['fields', i, 'max'], true);
  });

  const ids = new Set<string>();
  pack.ruleIds.forEach((id, i) => {
    if (id !== undefined && ids.has(id))
      problems.push({ path: ['rules', i, 'id'], code: 'pack-duplicate-rule', message: say('packRuleTwice', id) });
    if (id !== undefined) ids.add(id);
  });

  pack.rules.forEach((rule, i) => {
    if (!rule) return;
    const at = (...rest: PathKey[]): PathKey[] => ['rules', i, ...rest];

    const m = rule.measure;
    let isFlag = false;
    // An expression's names are checked where the parser finds them, each at its own column.
    // An expression measured against true or false is a condition: its type is checked where it is parsed.
    if (m.kind === 'expression') isFlag = !('column' in rule.target) && typeof rule.target.value === 'boolean';
    else
      for (const column of measureKindOf(m).columns(m)) {
        if (known(column.name, at('measure', column.key), column.numeric) === 'yesno' && !column.numeric) isFlag = true;
      }
    problems.push(...checkExpressions(rule, i, types, pack, trees));

    const t = rule.target;
    if ('column' in t) {
      known(t.column, at('target', 'column'), true);
      if (isFlag) problems.push({ path: at('target'), code: 'pack-type-mismatch', message: say('packFlagColumn') });
    } else if (isFlag !== (typeof t.value === 'boolean')) {
      problems.push({
        path: at('target', 'value'),
        code: 'pack-type-mismatch',
        message: say('packTargetType', isFlag),
      });
    } else if (Array.isArray(t.value)) {
      t.value.forEach((range, r) => {
        if (measureKindOf(m).fractionGoal === true && isBareAboveOne(range.value))
          problems.push({
            path: at('target', 'value', r, 'value'),
            code: 'pack-ratio-target',
            message: say('packRatioTarget', String(range.value)),
          });
      });
    } else if (measureKindOf(m).fractionGoal === true && isBareAboveOne(t.value)) {
      problems.push({
        path: at('target', 'value'),
        code: 'pack-ratio-target',
        message: say('packRatioTarget', String(t.value)),
      });
    }
    if (rule.counted_in !== undefined) {
      known(rule.counted_in, at('counted_in'), true);
      if (rule.join === undefined || rule.when === undefined)
        problems.push({ path: at('counted_in'), code: 'pack-schema', message: say('packCountedInNeedsCondition') });
    }
    if (rule.years && rule.years.from > rule.years.to) {
      problems.push({ path: at('years'), code: 'pack-schema', message: say('packYears') });
    }
  });
  problems.push(
    ...checkTables(pack, (rule) => {
      const i = pack.rules.indexOf(rule);
      const columns = measureKindOf(rule.measure)
        .columns(rule.measure)
        .map((column) => ({ name: column.name, path: ['rules', i, 'measure', column.key] as PathKey[] }));
      if ('column' in rule.target) columns.push({ name: rule.target.column, path: ['rules', i, 'target', 'column'] });
      if (rule.when !== undefined)
        for (const name of namesInText(rule.when))
          if (rule.thresholds?.[name] === undefined) columns.push({ name, path: ['rules', i, 'when'] });
      return columns;
    }),
  );
  return problems;
}

/**
 * A ratio's target written as a bare number above 1 (`value: 100`): a share is written `40%` or
 * `0.4`, so 100 would ask for 100 times the whole and fail every county. `150%` says what it means.
 */
function isBareAboveOne(value: number | string | boolean): boolean {
  if (typeof value === 'boolean') return false;
  if (typeof value === 'string' && value.endsWith('%')) return false;
  return Number(value) > 1;
}
