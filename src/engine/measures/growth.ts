// The growth of one column over another, in percent: (column − base) / base × 100.
import { compare, div, fromInt, mul, sub, type Exact } from '../../model/exact.js';
import { isZeroNum, numToNumber, smallParts, toExact, type Num } from '../../model/num.js';
import type { Cell } from '../../model/types.js';
import type { Measure } from './types.js';

const HUNDRED = fromInt(100);

export function growthMeasure(column: number, base: number, baseName: string): Measure {
  const growth = (cells: readonly Cell[]): Exact => {
    const before = toExact(cells[base] as Num);
    return mul(div(sub(toExact(cells[column] as Num), before), before), HUNDRED);
  };
  return {
    columns: [column, base],
    display: 'points',
    notApplicable: (cells) => (isZeroNum(cells[base] as Num) ? `${baseName} is 0, so there is no growth to measure` : undefined),
    order(cells, goal) {
      const now = cells[column] as Num;
      const before = cells[base] as Num;
      const g = smallParts(goal as Num);
      // (now − before) × 100 / before against gn/gd, cross-multiplied; before > 0.
      if (g && typeof now === 'number' && typeof before === 'number') {
        const left = (now - before) * 100 * g[1];
        const right = g[0] * before;
        if (Math.abs(left) <= Number.MAX_SAFE_INTEGER && Math.abs(right) <= Number.MAX_SAFE_INTEGER) return left < right ? -1 : left > right ? 1 : 0;
      }
      return compare(growth(cells), toExact(goal as Num));
    },
    compute(cells) {
      const value = growth(cells);
      return { value, approx: numToNumber(value) };
    },
  };
}
