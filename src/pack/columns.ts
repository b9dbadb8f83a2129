// Which columns a rule reads.
import { measureKindOf } from '../measures/index.js';
import type { MeasureSpec, RuleSpec } from './schema.js';

export function measureColumns(measure: MeasureSpec): string[] {
  return measureKindOf(measure).columns(measure).map((column) => column.name);
}

/** The columns a rule needs, in the order a person would read them. */
export function ruleColumns(rule: RuleSpec): string[] {
  const columns = measureColumns(rule.measure);
  if ('column' in rule.target) columns.push(rule.target.column);
  if (rule.years || rule.due) columns.push('year');
  return [...new Set(columns)];
}
