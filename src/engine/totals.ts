// The whole data set as one: for each ratio rule and year, sum of parts over sum of totals.
import { add, type Exact, ZERO } from '../model/exact.js';
import type { Row, Verdict } from '../model/types.js';
import type { CompiledRule } from './compile.js';
import { showValue } from './show.js';
import { meets, relation } from './target.js';
import { toJson } from './values.js';

interface Sum {
  part: Exact;
  total: Exact;
  counties: number;
}

export class Totals {
  private readonly sums = new Map<CompiledRule, Map<number, Sum>>();

  constructor(private readonly rules: readonly CompiledRule[]) {
    for (const rule of rules) if (rule.spec.measure.kind === 'ratio') this.sums.set(rule, new Map());
  }

  /** Adds a row to every ratio rule it can be counted in. */
  add(row: Row): void {
    if (row.year === null) return;
    for (const [rule, byYear] of this.sums) {
      const m = rule.spec.measure;
      if (m.kind !== 'ratio') continue;
      const part = row.values.get(m.numerator) as Exact | undefined;
      const total = row.values.get(m.denominator) as Exact | undefined;
      if (part === undefined || total === undefined) continue;
      let sum = byYear.get(row.year);
      if (!sum) byYear.set(row.year, (sum = { part: ZERO, total: ZERO, counties: 0 }));
      sum.part = add(sum.part, part);
      sum.total = add(sum.total, total);
      sum.counties++;
    }
  }

  verdicts(): Verdict[] {
    const out: Verdict[] = [];
    for (const rule of this.rules) {
      const byYear = this.sums.get(rule);
      if (!byYear) continue;
      for (const year of [...byYear.keys()].sort((a, b) => a - b)) out.push(judgeTotal(rule, year, byYear.get(year)!));
    }
    return out;
  }
}

function judgeTotal(rule: CompiledRule, year: number, sum: Sum): Verdict {
  const base = { rule: rule.spec.id, severity: rule.spec.severity, scope: 'total' as const, county: null, year };
  const years = rule.spec.years;
  const of = `${sum.counties} ${sum.counties === 1 ? 'row' : 'rows'}`;
  if (years && (year < years.from || year > years.to)) {
    return { ...base, status: 'not_applicable', actual: null, target: null, comparison: null, message: `applies to ${years.from}–${years.to} only` };
  }
  const measured = rule.measure.compute(
    new Map([
      [rule.measure.columns[0]!, sum.part],
      [rule.measure.columns[1]!, sum.total],
    ]),
  );
  if ('notApplicable' in measured) {
    return { ...base, status: 'not_applicable', actual: null, target: null, comparison: null, message: `${measured.notApplicable} in all ${of}` };
  }
  const goal = rule.target.valueOf(new Map());
  const met = meets(measured.value, goal, rule.target.op);
  const comparison = `${showValue(measured.value, 'percent')} ${relation(rule.target.op, met)} ${showValue(goal, 'percent')}`;
  return {
    ...base,
    status: met ? 'pass' : 'fail',
    actual: toJson(measured.value),
    target: toJson(goal),
    comparison,
    detail: measured.detail!,
    message: `${rule.spec.title}, all ${of}: ${comparison} (${measured.detail})`,
  };
}
