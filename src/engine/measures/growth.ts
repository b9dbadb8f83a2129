// The growth of one column over another, in percent: (column − base) / base × 100.
import { div, fromInt, mul, sub } from '../../model/exact.js';
import { compareGrowth, isZeroNum, numToNumber, toExact, type Num } from '../../model/num.js';
import type { Measure } from './types.js';

const HUNDRED = fromInt(100);

export function growthMeasure(column: number, base: number, baseName: string): Measure {
  return {
    columns: [column, base],
    display: 'points',
    notApplicable: (cells) => (isZeroNum(cells[base] as Num) ? `${baseName} is 0, so there is no growth to measure` : undefined),
    order: (cells, goal) => compareGrowth(cells[column] as Num, cells[base] as Num, goal as Num),
    compute(cells) {
      const before = toExact(cells[base] as Num);
      const value = mul(div(sub(toExact(cells[column] as Num), before), before), HUNDRED);
      return { value, approx: numToNumber(value) };
    },
  };
}
