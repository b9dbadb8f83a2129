// Numbers as the engine sees them. A cell's number is a plain double parsed from a short decimal
// (at most 15 significant digits, at most 9 after the point); such a double stands for exactly one
// decimal, which `scaleOf` and `decimalParts` recover, so every comparison below is exact. Longer
// decimals are Exact. The arithmetic of each measure kind sits with its kind, in src/measures.
import { compare, add, type Exact } from './exact.js';

export type Num = number | Exact;

export const LIMIT = Number.MAX_SAFE_INTEGER;
export const MAX_SCALE = 9;
/** 10^k for k = 0…MAX_SCALE, as doubles (each exact). */
export const POW10: readonly number[] = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

/** The decimal a short double stands for, as m / 10^k; k = -1 when it stands for none. */
export function scaleOf(x: number): number {
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

export function sign(x: number): -1 | 0 | 1 {
  return x < 0 ? -1 : x > 0 ? 1 : 0;
}

/** a·10^x − b·10^y as a safe integer, or undefined. */
export function scaledDifference(a: number, x: number, b: number, y: number): number | undefined {
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

/** The nearest double to an exact value. */
export function numToNumber(a: Num): number {
  if (typeof a === 'number') return a;
  const n = Number(a.n);
  const d = Number(a.d);
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n / d;
  const scale = 10n ** 17n;
  return Number((a.n * scale) / a.d) / 1e17;
}

/** A value as its figures are written: exact for whole numbers even past 2^53. */
export function numText(value: Num): string {
  if (typeof value === 'number') return String(value);
  return value.d === 1n ? String(value.n) : String(numToNumber(value));
}
