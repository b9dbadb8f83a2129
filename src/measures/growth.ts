// The growth of one column over another, in percent: (column − base) / base × 100.
import { compare, div, type Exact } from '../model/exact.js';
import {
  decimalParts,
  isZeroNum,
  LIMIT,
  MAX_SCALE,
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

export const growth = measureKind({
  kind: 'growth',
  schema: (z) => z.strictObject({ kind: z.literal('growth'), column: columnName(z), base: columnName(z) }),
  columns: (spec) => [
    { key: 'column', name: spec.column, numeric: true },
    { key: 'base', name: spec.base, numeric: true },
  ],
  describe: (spec, label) => say('targetGrowth', label(spec.column), label(spec.base)),
  figures: 'percent',
  build(spec, columns) {
    const column = columns.of(spec.column);
    const base = columns.of(spec.base);
    const baseLabel = columns.labelOf(spec.base);
    return {
      columns: [column, base],
      display: 'points',
      notApplicable: (cells) => (isZeroNum(cells[base] as Num) ? say('zeroBase', baseLabel) : undefined),
      order: (cells, goal) => compareGrowth(cells[column] as Num, cells[base] as Num, goal as Num),
      compute: (cells) => ({ approx: growthToNumber(cells[column] as Num, cells[base] as Num) }),
    };
  },
});

/** (now − before) × 100 / before against goal (before > 0), exactly. */
export function compareGrowth(now: Num, before: Num, goal: Num): -1 | 0 | 1 {
  if (typeof now === 'number' && typeof before === 'number' && typeof goal === 'number') {
    const kn = scaleOf(now);
    const kb = scaleOf(before);
    const kg = scaleOf(goal);
    if (kn >= 0 && kb >= 0 && kg >= 0) {
      // (now − before)·100 against goal·before, all scaled to 10^K.
      const k = Math.max(kn, kb);
      const change = Math.round(now * POW10[k]!) - Math.round(before * POW10[k]!);
      const left = change * 100;
      const right = Math.round(goal * POW10[kg]!) * Math.round(before * POW10[kb]!);
      const kr = kg + kb;
      if (Math.abs(left) <= LIMIT && Math.abs(right) <= LIMIT && kr <= MAX_SCALE) {
        const K = Math.max(k, kr);
        const difference = scaledDifference(left, K - k, right, K - kr);
        if (difference !== undefined) return sign(difference);
      }
    }
  }
  return compare(exactGrowth(now, before), toExact(goal));
}

/** (now − before) × 100 / before as an exact value (before ≠ 0), its denominator positive. */
function exactGrowth(now: Num, before: Num): Exact {
  const b = toExact(before);
  const n = toExact(now);
  return div({ n: (n.n * b.d - b.n * n.d) * 100n, d: n.d * b.d }, b);
}

/** (now − before) × 100 / before as the nearest double, for reports (before ≠ 0). */
export function growthToNumber(now: Num, before: Num): number {
  if (typeof now === 'number' && typeof before === 'number') {
    const pn = decimalParts(now);
    const pb = decimalParts(before);
    if (pn && pb) {
      const scale = Math.max(pn[1], pb[1]);
      const base = pb[0] * (scale / pb[1]);
      const change = pn[0] * (scale / pn[1]) - base;
      if (Math.abs(change * 100) <= LIMIT && Math.abs(base) <= LIMIT) return (change * 100) / base;
    }
  }
  return numToNumber(exactGrowth(now, before));
}
