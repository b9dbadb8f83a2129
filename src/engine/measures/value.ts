// A column's own value: a count, an amount, or yes/no.
import { compareNum, numToNumber, type Num } from '../../model/num.js';
import type { Measure } from './types.js';

export function valueMeasure(column: number, isFlag: boolean): Measure {
  return {
    columns: [column],
    display: isFlag ? 'yesno' : 'number',
    notApplicable: () => undefined,
    order(cells, goal) {
      const value = cells[column] as Num | boolean;
      if (typeof value === 'boolean' || typeof goal === 'boolean') return value === goal ? 0 : 1;
      return compareNum(value, goal);
    },
    compute(cells) {
      const value = cells[column] as Num | boolean;
      return { approx: typeof value === 'boolean' ? value : numToNumber(value) };
    },
  };
}
