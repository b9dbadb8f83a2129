// A part over its total; a zero total means the rule does not apply.
import { compare, div } from '../model/exact.js';
import {
  compareNum,
  decimalParts,
  isZeroNum,
  LIMIT,
  MAX_SCALE,
  numText,
  numToNumber,
  POW10,
  scaledDifference,
  scaleOf,
  sign,
  toExact,
  type Num,
} from '../model/num.js';
import { columnName } from './column-name.js';
import { measureKind } from './measure.js';
import { say } from '../words/message.js';

export const ratio = measureKind({
  kind: 'ratio',
  schema: (z) => z.strictObject({ kind: z.literal('ratio'), numerator: columnName(z), denominator: columnName(z) }),
  columns: (spec) => [
    { key: 'numerator', name: spec.numerator, numeric: true },
    { key: 'denominator', name: spec.denominator, numeric: true },
  ],
  describe: (spec, label) => `${label(spec.numerator)} / ${label(spec.denominator)}`,
  fractionGoal: true,
  figures: 'share',
  partOfTotal: true,
  build(spec, columns) {
    const numerator = columns.of(spec.numerator);
    const denominator = columns.of(spec.denominator);
    const denominatorLabel = columns.labelOf(spec.denominator);
    return {
      columns: [numerator, denominator],
      display: 'percent',
      notApplicable: (cells) => (isZeroNum(cells[denominator] as Num) ? say('zeroTotal', denominatorLabel) : undefined),
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
            if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER)
              return left < right ? -1 : left > right ? 1 : 0;
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
  },
});

/**
 * part/total against goal (total > 0), exactly: part·10^… against goal·total·10^… in safe
 * integers where they fit, else in BigInt.
 */
export function compareRatio(part: Num, total: Num, goal: Num): -1 | 0 | 1 {
  if (typeof part === 'number' && typeof total === 'number' && typeof goal === 'number') {
    if (goal === 1) return compareNum(part, total);
    const kp = scaleOf(part);
    const kt = scaleOf(total);
    const kg = scaleOf(goal);
    if (kp >= 0 && kt >= 0 && kg >= 0) {
      const pm = Math.round(part * POW10[kp]!);
      const gt = Math.round(goal * POW10[kg]!) * Math.round(total * POW10[kt]!);
      const k = kg + kt;
      if (Math.abs(gt) <= LIMIT && k <= MAX_SCALE && kp <= MAX_SCALE) {
        const K = Math.max(kp, k);
        const difference = scaledDifference(pm, K - kp, gt, K - k);
        if (difference !== undefined) return sign(difference);
      }
    }
  }
  return compare(div(toExact(part), toExact(total)), toExact(goal));
}

/**
 * a/b as the nearest double, for reports (b ≠ 0): one division of exact integers, which IEEE
 * rounds correctly, so 29/50 is the double written 0.58.
 */
export function ratioToNumber(a: Num, b: Num): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) return a / b;
    const pa = decimalParts(a);
    const pb = decimalParts(b);
    if (pa && pb) {
      // (ma/sa)/(mb/sb) = ma·sb / (mb·sa)
      const top = pa[0] * pb[1];
      const bottom = pb[0] * pa[1];
      if (Math.abs(top) <= LIMIT && Math.abs(bottom) <= LIMIT) return top / bottom;
    }
  }
  return numToNumber(div(toExact(a), toExact(b)));
}
