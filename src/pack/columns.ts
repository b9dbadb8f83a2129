// Which columns a rule reads.
import { measureKindOf } from '../measures/index.js';
import { tableNamed } from '../model/tables.js';
import { namesInText } from '../model/expr.js';
import type { FieldSpec } from '../model/types.js';
import type { MeasureSpec, RuleSpec } from './schema.js';

export function measureColumns(measure: MeasureSpec): string[] {
  return measureKindOf(measure)
    .columns(measure)
    .map((column) => column.name);
}

/** The columns a rule needs, in the order a person would read them; its table's period column where it has a due date or years. */
export function ruleColumns(rule: RuleSpec, fields: readonly FieldSpec[]): string[] {
  const columns = measureColumns(rule.measure);
  if ('column' in rule.target) columns.push(rule.target.column);
  // A condition's names that are not the rule's thresholds are columns.
  if (rule.when !== undefined)
    columns.push(...namesInText(rule.when).filter((name) => rule.thresholds?.[name] === undefined));
  const byPeriod =
    (!('column' in rule.target) && Array.isArray(rule.target.value)) ||
    Object.values(rule.thresholds ?? {}).some((value) => Array.isArray(value));
  if (rule.years || rule.due || byPeriod) columns.push(fields[tableNamed(fields, rule.table).period]?.name ?? 'year');
  return [...new Set(columns)];
}
