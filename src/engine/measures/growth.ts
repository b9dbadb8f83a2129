// The growth of one column over another, in percent: (column − base) / base × 100.
import { compareGrowth, growthToNumber, isZeroNum, type Num } from '../../model/num.js';
import type { Measure } from './types.js';
import { words } from '../../words/words.js';

export function growthMeasure(column: number, base: number, baseLabel: string): Measure {
  const w = words();
  return {
    columns: [column, base],
    display: 'points',
    notApplicable: (cells) => (isZeroNum(cells[base] as Num) ? w.zeroBase(baseLabel) : undefined),
    order: (cells, goal) => compareGrowth(cells[column] as Num, cells[base] as Num, goal as Num),
    compute: (cells) => ({ approx: growthToNumber(cells[column] as Num, cells[base] as Num) }),
  };
}
