// Turns one rule of the pack into a closure that judges a row.
import type { FieldSpec, Row, Severity, Status, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { buildMeasure, type Measure } from './measures/index.js';
import { dueDate } from './due.js';
import { showValue } from './show.js';
import { buildTarget, meets, relation, type Target } from './target.js';
import { toJson } from './values.js';

export interface CompiledRule {
  spec: RuleSpec;
  measure: Measure;
  target: Target;
  /** Every column read, target column included. */
  columns: string[];
  judge(row: Row, asOf: string): Verdict;
}

export function compileRule(spec: RuleSpec, fields: ReadonlyMap<string, FieldSpec>): CompiledRule {
  const measure = buildMeasure(spec.measure, (column) => fields.get(column)?.type === 'yesno');
  const target = buildTarget(spec.target);
  const columns = target.column ? [...measure.columns, target.column] : measure.columns;
  const labelOf = (column: string): string => `${column} (${fields.get(column)?.label ?? column})`;
  const years = spec.years;

  function verdict(row: Row, status: Status, message: string, extra?: Partial<Verdict>): Verdict {
    return {
      rule: spec.id,
      severity: spec.severity as Severity,
      status,
      scope: 'county',
      county: row.county,
      year: row.year,
      actual: null,
      target: null,
      comparison: null,
      message,
      location: { file: row.file, line: row.line },
      ...extra,
    };
  }

  function judge(row: Row, asOf: string): Verdict {
    const needsYear = years !== undefined || spec.due !== undefined;
    const unusable = columns.filter((c) => row.invalid.has(c));
    if (needsYear && row.invalid.has('year')) unusable.push('year');
    if (unusable.length > 0) return verdict(row, 'invalid', `unusable: ${unusable.map(labelOf).join(', ')}`);
    const absent = columns.filter((c) => !row.values.has(c));
    if (needsYear && row.year === null) absent.push('year');
    if (absent.length > 0) return verdict(row, 'missing', `missing: ${absent.map(labelOf).join(', ')}`);
    if (years && (row.year! < years.from || row.year! > years.to)) {
      return verdict(row, 'not_applicable', `applies to ${years.from}–${years.to} only`);
    }
    const measured = measure.compute(row.values);
    if ('notApplicable' in measured) return verdict(row, 'not_applicable', measured.notApplicable);
    const goal = target.valueOf(row.values);
    const met = meets(measured.value, goal, target.op);
    const comparison = `${showValue(measured.value, measure.display)} ${relation(target.op, met)} ${showValue(goal, measure.display)}`;
    const detail = measured.detail ? ` (${measured.detail})` : '';
    let status: Status = met ? 'pass' : 'fail';
    let message = `${spec.title}: ${comparison}${detail}`;
    if (!met && spec.due) {
      const due = dueDate(spec.due, row.year!);
      if (asOf < due) {
        status = 'pending';
        message += `, due ${due}`;
      }
    }
    return verdict(row, status, message, { actual: toJson(measured.value), target: toJson(goal), comparison, ...(measured.detail ? { detail: measured.detail } : {}) });
  }

  return { spec, measure, target, columns, judge };
}
