import { describe, expect, it } from 'vitest';
import { compare, div, exact, mul, parseDecimal, sub } from '../../src/model/exact.js';
import { compareGrowth } from '../../src/measures/growth.js';
import { compareRatio } from '../../src/measures/ratio.js';
import { addNum, numToNumber, simplify, toExact, type Num } from '../../src/model/num.js';

describe('parseDecimal', () => {
  it.each([
    { given: '12', expect: { n: 12n, d: 1n } },
    { given: '-0.9', expect: { n: -9n, d: 10n } },
    { given: '.5', expect: { n: 5n, d: 10n } },
    { given: '1234.50', expect: { n: 123450n, d: 100n } },
  ])('given $given, returns $expect.n/$expect.d', ({ given, expect: want }) => {
    expect(parseDecimal(given)).toEqual(want);
  });

  it.each(['', '.', '-', '1e5', '1,234', 'abc', '1.2.3', ' 1'])('given %j, returns undefined', (given) => {
    expect(parseDecimal(given)).toBeUndefined();
  });
});

describe('exact comparisons at the targets of TARGETS.md', () => {
  it('given 29 of 50, returns exactly 58 %', () => {
    expect(compare(div(exact(29), exact(50)), exact('0.58'))).toBe(0);
    // The float version is not exact: this is why the engine does not use it.
    expect((29 / 50) * 100 === 58).toBe(false);
  });

  it('given 4 of 10, returns exactly 40 %', () => {
    expect(compare(div(exact(4), exact(10)), exact('0.4'))).toBe(0);
  });

  it('given a standard that rose from 1000 to 1009, returns growth exactly 0.9 %', () => {
    const growth = mul(div(sub(exact(1009), exact(1000)), exact(1000)), exact(100));
    expect(compare(growth, exact('0.9'))).toBe(0);
  });

  it('given 0.1 + 0.2 and 0.3 as decimals, returns equal', () => {
    expect(compare({ n: 3n, d: 10n }, exact(0.3))).toBe(0);
  });
});

describe('numToNumber', () => {
  it.each([
    { given: exact('0.375'), expect: 0.375 },
    { given: div(exact(29), exact(50)), expect: 0.58 },
    { given: div(exact(1), exact(3)), expect: 1 / 3 },
    { given: exact(-12), expect: -12 },
    { given: { n: 10n ** 30n + 1n, d: 10n ** 30n }, expect: 1 },
  ])('given $expect, returns the nearest double', ({ given, expect: want }) => {
    expect(numToNumber(given)).toBe(want);
  });
});

describe('compareRatio', () => {
  it.each([
    { given: [4, 10, exact('0.4')], expect: 0 },
    { given: [29, 50, exact('0.6')], expect: -1 },
    { given: [30, 50, exact('0.6')], expect: 0 },
    { given: [3, 3, 1], expect: 0 },
    // Cross products beyond 2^53 take the exact path.
    { given: [2 ** 52 + 1, 2 ** 52 + 2, exact('0.999999999999999')], expect: 1 },
    { given: [exact('1234.5'), exact('1250'), 1], expect: -1 },
  ] as { given: [Num, Num, Num]; expect: number }[])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(compareRatio(...given)).toBe(want);
  });
});

describe('short decimals as doubles stay exact', () => {
  it.each([
    { given: [0.1, 0.2], expect: 0.3 },
    { given: [1234.5, 0.05], expect: 1234.55 },
    { given: [9007199254740991, 0], expect: 9007199254740991 },
  ])('given $given.0 + $given.1, returns exactly $expect', ({ given, expect: want }) => {
    expect(addNum(given[0]!, given[1]!)).toBe(want);
  });

  it('given a sum past 2^53, carries on in BigInt', () => {
    expect(addNum(Number.MAX_SAFE_INTEGER, 2)).toEqual({ n: 9007199254740993n, d: 1n });
  });

  it.each([
    { given: [1009, 1000, 0.9], expect: 0 },
    { given: [1008.99, 1000, 0.9], expect: -1 },
    { given: [560.45, 550, 1.9], expect: 0 },
    { given: [990, 1000, -1], expect: 0 },
  ])('given growth $given.1 → $given.0 against $given.2 %, orders $expect', ({ given, expect: want }) => {
    expect(compareGrowth(given[0]!, given[1]!, given[2]!)).toBe(want);
  });

  it('given 1234.5 of 1250 against 98.76 %, orders exactly 0', () => {
    expect(compareRatio(1234.5, 1250, 0.9876)).toBe(0);
    expect(compareRatio(1234.5, 1250, 0.98761)).toBe(-1);
  });

  it('given an exact decimal, simplifies to the double that stands for it', () => {
    expect(simplify(exact('3865.40'))).toBe(3865.4);
    expect(simplify(exact('0.1234567891'))).toEqual(exact('0.1234567891'));
    expect(toExact(3865.4)).toEqual({ n: 38654n, d: 10n });
  });
});
