// Numbers as the engine sees them: a plain safe integer (the common case, fast) or an exact rational.
import { add, compare, div, type Exact } from './exact.js';

/** A safe integer, or an exact rational for decimals and very large values. */
export type Num = number | Exact;

const LIMIT = Number.MAX_SAFE_INTEGER;

export function toExact(value: Num): Exact {
  return typeof value === 'number' ? { n: BigInt(value), d: 1n } : value;
}

/** An exact rational that is a safe integer becomes a plain number. */
export function simplify(value: Exact): Num {
  if (value.n % value.d !== 0n) return value;
  const whole = value.n / value.d;
  return whole >= -BigInt(LIMIT) && whole <= BigInt(LIMIT) ? Number(whole) : value;
}

export function compareNum(a: Num, b: Num): -1 | 0 | 1 {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compare(toExact(a), toExact(b));
}

export function addNum(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (sum <= LIMIT && sum >= -LIMIT) return sum;
  }
  return add(toExact(a), toExact(b));
}

export function isZeroNum(a: Num): boolean {
  return typeof a === 'number' ? a === 0 : a.n === 0n;
}

/** The integer parts of a value, when both are safe: a/b with b > 0. */
export function smallParts(a: Num): [number, number] | undefined {
  if (typeof a === 'number') return [a, 1];
  const n = Number(a.n);
  const d = Number(a.d);
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? [n, d] : undefined;
}

/**
 * part/total against goal (total > 0), exactly. Integers whose cross products stay
 * below 2^53 are compared as doubles, which is exact there; anything else in BigInt.
 */
export function compareRatio(part: Num, total: Num, goal: Num): -1 | 0 | 1 {
  if (typeof part === 'number' && typeof total === 'number') {
    const g = smallParts(goal);
    if (g) {
      const left = part * g[1];
      const right = g[0] * total;
      if (Math.abs(left) <= LIMIT && Math.abs(right) <= LIMIT) return left < right ? -1 : left > right ? 1 : 0;
    }
  }
  return compare(div(toExact(part), toExact(total)), toExact(goal));
}

/** The nearest double: exact integer parts divided once, which IEEE rounds correctly. */
export function numToNumber(a: Num): number {
  if (typeof a === 'number') return a;
  const parts = smallParts(a);
  if (parts) return parts[0] / parts[1];
  const scale = 10n ** 17n;
  return Number((a.n * scale) / a.d) / 1e17;
}

/** a/b as the nearest double, for reports; b must not be zero. */
export function ratioToNumber(a: Num, b: Num): number {
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  return numToNumber(div(toExact(a), toExact(b)));
}
