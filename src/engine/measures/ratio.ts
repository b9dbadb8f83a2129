// A part over its total; a zero total means the rule does not apply.
import { compareRatio, decimalParts, isZeroNum, numText, ratioToNumber, type Num } from '../../model/num.js';
import type { Measure } from './types.js';
import { words } from '../../words/words.js';

export function ratioMeasure(numerator: number, denominator: number, denominatorLabel: string): Measure {
  const w = words();
  return {
    columns: [numerator, denominator],
    display: 'percent',
    notApplicable: (cells) => (isZeroNum(cells[denominator] as Num) ? w.zeroTotal(denominatorLabel) : undefined),
    order: (cells, goal) => compareRatio(cells[numerator] as Num, cells[denominator] as Num, goal as Num),
    against(goal) {
      const parts = typeof goal === 'number' ? decimalParts(goal) : undefined;
      if (!parts) return undefined;
      const [gm, scale] = parts;
      // part/total against gm/scale: part·scale against gm·total, in doubles while both stay exact.
      return (cells) => {
        const part = cells[numerator] as Num;
        const total = cells[denominator] as Num;
        if (Number.isInteger(part) && Number.isInteger(total)) {
          const left = (part as number) * scale;
          const right = gm * (total as number);
          if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left < right ? -1 : left > right ? 1 : 0;
        }
        return compareRatio(part, total, goal as Num);
      };
    },
    compute(cells) {
      const part = cells[numerator] as Num;
      const total = cells[denominator] as Num;
      return { approx: ratioToNumber(part, total), detail: `${numText(part)}/${numText(total)}` };
    },
  };
}
