// Exact rational numbers, so that "29 of 50 is 58 %" can never be flipped by floating point.
export interface Exact {
  readonly n: bigint;
  readonly d: bigint; // always > 0
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Parses a plain decimal such as "-12.50" or ".5"; returns undefined for anything else. */
export function parseDecimal(text: string): Exact | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, whole = '', frac = ''] = m;
  if (whole === '' && frac === '') return undefined;
  const n = BigInt((whole || '0') + frac) * (sign === '-' ? -1n : 1n);
  return { n, d: 10n ** BigInt(frac.length) };
}

export function exact(value: number | string): Exact {
  const parsed = parseDecimal(typeof value === 'number' ? numberToDecimal(value) : value);
  if (!parsed) throw new RangeError(`not a decimal: ${value}`);
  return parsed;
}

function numberToDecimal(value: number): string {
  // String(1e-7) is "1e-7": toFixed keeps it a plain decimal.
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/**
 * a + b on the larger denominator when it is a multiple of the other, as decimals always are
 * (10^102 of 10^101): a running sum then keeps one common scale, its size linear in the digits
 * read, instead of a product of denominators that grows with every row.
 */
export function add(a: Exact, b: Exact): Exact {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  if (a.d > b.d && a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d };
  if (b.d > a.d && b.d % a.d === 0n) return { n: a.n * (b.d / a.d) + b.n, d: b.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Exact, b: Exact): Exact {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a / b; b must not be zero. */
export function div(a: Exact, b: Exact): Exact {
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isInteger(a: Exact): boolean {
  return a.n % a.d === 0n;
}
