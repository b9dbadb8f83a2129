// Numbers as the engine sees them. A cell's number is a plain double parsed from a short decimal
// (at most 15 significant digits, at most 9 after the point); such a double stands for exactly one
// decimal, which `scaleOf` and `decimalParts` recover, so every comparison below is exact. Longer
// decimals are Exact.
import { compare, div, add, type Exact } from './exact.js';

export type Num = number | Exact;

const LIMIT = Number.MAX_SAFE_INTEGER;
export const MAX_SCALE = 9;
/** 10^k for k = 0…MAX_SCALE, as doubles (each exact). */
export const POW10: readonly number[] = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

/** The decimal a short double stands for, as m / 10^k; k = -1 when it stands for none. */
function scaleOf(x: number): number {
  if (Number.isInteger(x)) return Math.abs(x) <= LIMIT ? 0 : -1;
  for (let k = 1; k <= MAX_SCALE; k++) {
    const p = POW10[k]!;
    const m = Math.round(x * p);
    if (m / p === x) return Math.abs(m) <= LIMIT ? k : -1;
  }
  return -1;
}

/** A short decimal double as [m, 10^k]; undefined for any other number. */
export function decimalParts(x: number): [number, number] | undefined {
  const k = scaleOf(x);
  return k < 0 ? undefined : [Math.round(x * POW10[k]!), POW10[k]!];
}

export function toExact(value: Num): Exact {
  if (typeof value !== 'number') return value;
  const k = scaleOf(value);
  if (k < 0) throw new RangeError(`not a short decimal: ${value}`);
  return { n: BigInt(Math.round(value * POW10[k]!)), d: 10n ** BigInt(k) };
}

/** An exact value as a short decimal double when it is one (a whole number, or m/10^k with |m| < 10^15), else itself. */
export function simplify(value: Exact): Num {
  const { n, d } = value;
  if (n % d === 0n) {
    const whole = n / d;
    return whole <= BigInt(LIMIT) && whole >= -BigInt(LIMIT) ? Number(whole) : value;
  }
  const k = String(d).length - 1;
  if (k > MAX_SCALE || d !== 10n ** BigInt(k) || n >= SHORT || n <= -SHORT) return value;
  return Number(n) / POW10[k]!;
}

const SHORT = 10n ** 15n;

export function compareNum(a: Num, b: Num): -1 | 0 | 1 {
  // Distinct short decimals are distinct doubles, in the same order.
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compare(toExact(a), toExact(b));
}

function sign(x: number): -1 | 0 | 1 {
  return x < 0 ? -1 : x > 0 ? 1 : 0;
}

/** a·10^x − b·10^y as a safe integer, or undefined. */
function scaledDifference(a: number, x: number, b: number, y: number): number | undefined {
  const left = a * POW10[x]!;
  const right = b * POW10[y]!;
  return Math.abs(left) <= LIMIT && Math.abs(right) <= LIMIT ? left - right : undefined;
}

export function addNum(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) {
      const sum = a + b;
      if (sum <= LIMIT && sum >= -LIMIT) return sum;
    }
    const ka = scaleOf(a);
    const kb = scaleOf(b);
    if (ka >= 0 && kb >= 0) {
      const k = Math.max(ka, kb);
      const sum = Math.round(a * POW10[k]!) + Math.round(b * POW10[k]!);
      if (Math.abs(sum) < 1e15) {
        const x = sum / POW10[k]!;
        if (Math.round(x * POW10[k]!) === sum) return x;
      }
    }
  }
  return simplify(add(toExact(a), toExact(b)));
}

export function isZeroNum(a: Num): boolean {
  return typeof a === 'number' ? a === 0 : a.n === 0n;
}

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

/** The nearest double to an exact value. */
export function numToNumber(a: Num): number {
  if (typeof a === 'number') return a;
  const n = Number(a.n);
  const d = Number(a.d);
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n / d;
  const scale = 10n ** 17n;
  return Number((a.n * scale) / a.d) / 1e17;
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

/** A value as its figures are written: exact for whole numbers even past 2^53. */
export function numText(value: Num): string {
  if (typeof value === 'number') return String(value);
  return value.d === 1n ? String(value.n) : String(numToNumber(value));
}
