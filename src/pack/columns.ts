// Which columns a rule reads.
import type { MeasureSpec, RuleSpec } from './schema.js';

export function measureColumns(measure: MeasureSpec): string[] {
  switch (measure.kind) {
    case 'value':
      return [measure.column];
    case 'ratio':
      return [measure.numerator, measure.denominator];
    case 'growth':
      return [measure.column, measure.base];
  }
}

/** The columns a rule needs, in the order a person would read them. */
export function ruleColumns(rule: RuleSpec): string[] {
  const columns = measureColumns(rule.measure);
  if ('column' in rule.target) columns.push(rule.target.column);
  if (rule.years || rule.due) columns.push('year');
  return [...new Set(columns)];
}
