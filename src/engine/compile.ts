// Turns one rule of the pack into closures that judge a row: a fast status, and a full verdict.
import { numToNumber, type Num } from '../model/num.js';
import type { Cell, FieldSpec, Row, Severity, Status, Verdict } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { dueDate } from './due.js';
import { buildMeasure, type Measure } from './measures/index.js';
import { showComparison } from './show.js';
import { buildTarget, meets, type Target } from './target.js';

export interface CompiledRule {
  spec: RuleSpec;
  measure: Measure;
  target: Target;
  /** Every cell read, target column included, as field indices. */
  columns: number[];
  /** The status alone, allocating nothing: what counting needs. */
  status(row: Row, asOf: string): Status;
  /** The whole verdict, with values and words. */
  judge(row: Row, asOf: string): Verdict;
}

export function compileRule(spec: RuleSpec, fields: readonly FieldSpec[]): CompiledRule {
  const index = new Map(fields.map((field, i) => [field.name, i]));
  const of = (name: string): number => index.get(name)!;
  const measure = buildMeasure(spec.measure, { of, isFlag: (name) => fields[of(name)]?.type === 'yesno' });
  const target = buildTarget(spec.target, of);
  const columns = target.column === undefined ? measure.columns : [...measure.columns, target.column];
  const years = spec.years;
  const needsYear = years !== undefined || spec.due !== undefined;
  const yearColumn = of('year');
  const constantGoal = target.column === undefined ? target.valueOf([]) : undefined;
  const orderConstant = constantGoal === undefined ? undefined : measure.against?.(constantGoal);

  /** What stops the rule before its measure: a status, or undefined to go on. */
  function precheck(row: Row): Status | undefined {
    const cells = row.cells;
    let blank = false;
    for (const column of columns) {
      const cell = cells[column];
      if (cell === null) return 'invalid';
      if (cell === undefined) blank = true;
    }
    if (needsYear && cells[yearColumn] === null) return 'invalid';
    if (blank || (needsYear && row.year === null)) return 'missing';
    if (years && (row.year! < years.from || row.year! > years.to)) return 'not_applicable';
    if (measure.notApplicable(cells) !== undefined) return 'not_applicable';
    return undefined;
  }

  function unmet(row: Row, asOf: string): Status {
    return spec.due !== undefined && asOf < dueDate(spec.due, row.year!) ? 'pending' : 'fail';
  }

  function status(row: Row, asOf: string): Status {
    const early = precheck(row);
    if (early !== undefined) return early;
    const order = orderConstant ? orderConstant(row.cells) : measure.order(row.cells, target.valueOf(row.cells));
    return meets(order, target.op) ? 'pass' : unmet(row, asOf);
  }

  function judge(row: Row, asOf: string): Verdict {
    const base = { rule: spec.id, severity: spec.severity as Severity, scope: 'county' as const, county: row.county, year: row.year };
    const location = { file: row.file, line: row.line };
    const early = precheck(row);
    if (early !== undefined) {
      return { ...base, status: early, actual: null, target: null, comparison: null, message: explain(early, row.cells, row), location };
    }
    const goal = target.valueOf(row.cells);
    const met = meets(measure.order(row.cells, goal), target.op);
    const measured = measure.compute(row.cells);
    const goalNumber = typeof goal === 'boolean' ? goal : numToNumber(goal as Num);
    const comparison = showComparison(measured.approx, goalNumber, measure.display, target.op, met);
    const status = met ? 'pass' : unmet(row, asOf);
    const due = status === 'pending' ? `, due ${dueDate(spec.due!, row.year!)}` : '';
    const detail = measured.detail ? ` (${measured.detail})` : '';
    return {
      ...base,
      status,
      actual: measured.approx,
      target: goalNumber,
      comparison,
      ...(measured.detail ? { detail: measured.detail } : {}),
      message: `${spec.title}: ${comparison}${detail}${due}`,
      location,
    };
  }

  function explain(status: Status, cells: readonly Cell[], row: Row): string {
    const label = (i: number): string => `${fields[i]!.name} (${fields[i]!.label})`;
    const all = needsYear ? [...columns, yearColumn] : columns;
    if (status === 'invalid') return `unusable: ${all.filter((c) => cells[c] === null).map(label).join(', ')}`;
    if (status === 'missing') return `missing: ${all.filter((c) => cells[c] === undefined).map(label).join(', ')}`;
    if (years && (row.year! < years.from || row.year! > years.to)) return `applies to ${years.from}–${years.to} only`;
    return measure.notApplicable(cells) ?? status;
  }

  return { spec, measure, target, columns, status, judge };
}
