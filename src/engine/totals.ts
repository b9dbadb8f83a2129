// The whole data set as one: for each ratio rule and year, sum of parts over sum of totals.
import { addNum, numToNumber, type Num } from '../model/num.js';
import type { Cell, Row, Verdict } from '../model/types.js';
import type { CompiledRule } from './compile.js';
import { showComparison } from './show.js';
import { meets } from './target.js';

interface Sum {
  part: Num;
  total: Num;
  counties: number;
}

interface RatioRule {
  rule: CompiledRule;
  part: number;
  total: number;
}

export class Totals {
  private readonly ratios: RatioRule[];
  /** Year → one running sum per ratio rule. */
  private readonly byYear = new Map<number, Sum[]>();

  constructor(rules: readonly CompiledRule[]) {
    this.ratios = rules
      .filter((rule) => rule.spec.measure.kind === 'ratio')
      .map((rule) => ({ rule, part: rule.measure.columns[0]!, total: rule.measure.columns[1]! }));
  }

  /** Adds a row to every ratio rule it can be counted in. */
  add(row: Row): void {
    if (row.year === null) return;
    let sums = this.byYear.get(row.year);
    if (!sums) this.byYear.set(row.year, (sums = this.ratios.map(() => ({ part: 0, total: 0, counties: 0 }))));
    const cells = row.cells;
    for (let i = 0; i < this.ratios.length; i++) {
      const ratio = this.ratios[i]!;
      const part = cells[ratio.part];
      const total = cells[ratio.total];
      if (part == null || total == null) continue;
      const sum = sums[i]!;
      sum.part = addNum(sum.part, part as Num);
      sum.total = addNum(sum.total, total as Num);
      sum.counties++;
    }
  }

  verdicts(): Verdict[] {
    const years = [...this.byYear.keys()].sort((a, b) => a - b);
    return this.ratios.flatMap((ratio, i) =>
      years.filter((year) => this.byYear.get(year)![i]!.counties > 0).map((year) => judgeTotal(ratio, year, this.byYear.get(year)![i]!)),
    );
  }
}

function judgeTotal({ rule, part, total }: RatioRule, year: number, sum: Sum): Verdict {
  const spec = rule.spec;
  const base = { rule: spec.id, severity: spec.severity, scope: 'total' as const, county: null, year, actual: null, target: null, comparison: null, detail: null };
  const of = `${sum.counties} ${sum.counties === 1 ? 'row' : 'rows'}`;
  const years = spec.years;
  if (years && (year < years.from || year > years.to)) {
    return { ...base, status: 'not_applicable', message: `applies to ${years.from}–${years.to} only` };
  }
  const cells: Cell[] = [];
  cells[part] = sum.part;
  cells[total] = sum.total;
  const reason = rule.measure.notApplicable(cells);
  if (reason !== undefined) return { ...base, status: 'not_applicable', message: `${reason} in all ${of}` };
  const goal = rule.target.valueOf(cells) as Num;
  const met = meets(rule.measure.order(cells, goal), rule.target.op);
  const measured = rule.measure.compute(cells);
  const goalNumber = numToNumber(goal);
  const comparison = showComparison(measured.approx, goalNumber, 'percent', rule.target.op, met);
  return {
    ...base,
    status: met ? 'pass' : 'fail',
    actual: measured.approx,
    target: goalNumber,
    comparison,
    detail: measured.detail!,
    message: `${spec.title}, all ${of}: ${comparison} (${measured.detail})`,
  };
}
