// The growth of one column over another, in percent: (column − base) / base × 100.
import { div, fromInt, isZero, mul, sub, type Exact } from '../../model/exact.js';
import type { Measure } from './types.js';

const HUNDRED = fromInt(100);

export function growthMeasure(spec: { column: string; base: string }): Measure {
  return {
    columns: [spec.column, spec.base],
    display: 'points',
    compute(values) {
      const now = values.get(spec.column) as Exact;
      const before = values.get(spec.base) as Exact;
      if (isZero(before)) return { notApplicable: `${spec.base} is 0, so there is no growth to measure` };
      return { value: mul(div(sub(now, before), before), HUNDRED) };
    },
  };
}
