// The whole data set as one: for each ratio rule and period (year, or month in a monthly table),
// sum of parts over sum of totals.
import { measureKindOf } from '../measures/index.js';
import { addNum, numToNumber, type Num } from '../model/num.js';
import type { Cell, Row, Verdict } from '../model/types.js';
import { monthText, periodOf } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import type { CompiledRule } from './compile.js';
import { onlyIn, ruleTitle, showComparison } from './show.js';
import { meets } from './target.js';
import { joined, say } from '../words/message.js';

interface Sum {
  part: Num;
  total: Num;
  counties: number;
  /** Rows of the period, read or not. */
  rows: number;
  /** Whether a row left out had an unusable (not just blank) cell. */
  leftInvalid: boolean;
}

interface RatioRule {
  rule: CompiledRule;
  part: number;
  total: number;
}

/** One period's running sums: whole numbers in a typed array while they stay exact, else Num. */
class YearSums {
  readonly whole: Float64Array;
  readonly counties: Int32Array;
  readonly exact: (Pick<Sum, 'part' | 'total'> | undefined)[];
  /** Per rule: 1 once a row is left out for an unusable cell. */
  readonly leftInvalid: Uint8Array;
  rows = 0;

  constructor(rules: number) {
    this.whole = new Float64Array(rules * 2);
    this.counties = new Int32Array(rules);
    this.leftInvalid = new Uint8Array(rules);
    this.exact = new Array<Pick<Sum, 'part' | 'total'> | undefined>(rules).fill(undefined);
  }

  add(i: number, part: Num, total: Num): void {
    this.counties[i]!++;
    const exact = this.exact[i];
    if (
      exact === undefined &&
      typeof part === 'number' &&
      typeof total === 'number' &&
      Number.isInteger(part) &&
      Number.isInteger(total)
    ) {
      const p = this.whole[2 * i]! + part;
      const t = this.whole[2 * i + 1]! + total;
      if (p <= Number.MAX_SAFE_INTEGER && t <= Number.MAX_SAFE_INTEGER) {
        this.whole[2 * i] = p;
        this.whole[2 * i + 1] = t;
        return;
      }
    }
    const sum = exact ?? { part: this.whole[2 * i]!, total: this.whole[2 * i + 1]! };
    sum.part = addNum(sum.part, part);
    sum.total = addNum(sum.total, total);
    this.exact[i] = sum;
  }

  sum(i: number): Sum {
    const exact = this.exact[i];
    const account = { counties: this.counties[i]!, rows: this.rows, leftInvalid: this.leftInvalid[i] === 1 };
    return exact ? { ...exact, ...account } : { part: this.whole[2 * i]!, total: this.whole[2 * i + 1]!, ...account };
  }
}

export class Totals {
  private readonly ratios: RatioRule[];
  /** Per table, its periods' sums; a period's sums hold a slot for every ratio rule, used by its table's. */
  private readonly byPeriod: Map<number, YearSums>[] = [];
  /** Per table, the indices (in `ratios`) of its ratio rules. */
  private readonly ratiosOf: number[][] = [];

  constructor(rules: readonly CompiledRule[]) {
    // A goal read from each county's own row has no whole-data-set value to hold the sums to; a
    // rule with a condition applies to some rows only, so the sums of all would not be its figure.
    this.ratios = rules
      .filter(
        (rule) =>
          measureKindOf(rule.spec.measure).partOfTotal === true &&
          rule.target.column === undefined &&
          rule.spec.when === undefined,
      )
      .map((rule) => ({ rule, part: rule.measure.columns[0]!, total: rule.measure.columns[1]! }));
    this.ratios.forEach((ratio, i) => (this.ratiosOf[ratio.rule.table.index] ??= []).push(i));
  }

  /** Adds a row to every ratio rule it can be counted in. */
  add(row: Row): void {
    const period = periodOf(row);
    if (period === null) return;
    const table = row.table ?? 0;
    const periods = (this.byPeriod[table] ??= new Map());
    let sums = periods.get(period);
    if (!sums) periods.set(period, (sums = new YearSums(this.ratios.length)));
    sums.rows++;
    const cells = row.cells;
    const ratios = this.ratiosOf[table];
    if (ratios === undefined) return;
    for (const i of ratios) {
      const ratio = this.ratios[i]!;
      const part = cells[ratio.part];
      const total = cells[ratio.total];
      if (part != null && total != null) sums.add(i, part as Num, total as Num);
      else if (part === null || total === null) sums.leftInvalid[i] = 1;
    }
  }

  verdicts(): Verdict[] {
    return this.ratios.flatMap((ratio, i) => {
      const sums = this.byPeriod[ratio.rule.table.index] ?? new Map<number, YearSums>();
      const periods = [...sums.keys()].sort((a, b) => a - b);
      return periods
        .map((period) => sums.get(period)!.sum(i))
        .flatMap((sum, p) => (sum.counties > 0 ? [judgeTotal(ratio, periods[p]!, sum)] : []));
    });
  }
}

function judgeTotal({ rule, part, total }: RatioRule, period: number, sum: Sum): Verdict {
  const spec = rule.spec;
  const basis = { rows: sum.counties, of: sum.rows };
  const monthly = rule.table.every === 'month';
  const year = monthly ? Math.floor(period / 12) : period;
  const when = monthly ? { year, period: monthText(period) } : { year };
  const base = {
    rule: spec.id,
    severity: spec.severity,
    scope: 'total' as const,
    county: null,
    ...when,
    actual: null,
    target: null,
    comparison: null,
    detail: null,
    basis,
  };
  const partial = sum.counties < sum.rows;
  const of = partial ? say('readableOfRows', sum.rows, sum.counties) : say('wholeRows', sum.counties);
  const years = spec.years;
  if (years && (year < years.from || year > years.to)) {
    return { ...base, status: 'not_applicable', message: onlyIn(years) };
  }
  const cells: Cell[] = [];
  cells[part] = sum.part;
  cells[total] = sum.total;
  const reason = rule.measure.notApplicable(cells);
  const leftOut = sum.leftInvalid ? 'invalid' : 'missing';
  if (reason !== undefined)
    return { ...base, status: partial ? leftOut : 'not_applicable', message: say('notApplicableOfTotal', reason, of) };
  const goal = rule.target.valueOf(cells, period) as Num | undefined;
  if (goal === undefined)
    return { ...base, status: 'not_applicable', message: say('noThreshold', periodText(period, rule.table.every)) };
  const met = meets(rule.measure.order(cells, goal), rule.target.op);
  const measured = rule.measure.compute(cells);
  const goalNumber = numToNumber(goal);
  const shown = showComparison(measured.approx, goalNumber, 'percent', rule.target.op, met);
  // A figure from some of the year's rows is not the year's: it is shown with its basis, and judged as the rows left out.
  const comparison = partial ? joined(shown, ` (${sum.counties}/${sum.rows})`) : shown;
  const status = partial ? leftOut : met ? 'pass' : 'fail';
  return {
    ...base,
    status,
    actual: measured.approx,
    target: goalNumber,
    comparison,
    detail: measured.detail!,
    message: say('totalVerdict', ruleTitle(spec), of, comparison, measured.detail!),
  };
}
