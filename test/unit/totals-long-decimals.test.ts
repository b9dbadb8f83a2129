import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { add, parseDecimal } from '../../src/model/exact.js';
import { Totals } from '../../src/engine/totals.js';
import { builtin, rowOf } from '../helpers.js';

const funds = builtin.rules
  .filter((r) => r.id === 'funds.paid-on-time-in-full')
  .map((r) => compileRule(r, builtin.fields));

/** An amount of `decimals` places after the point, ending in `last`. */
function amount(decimals: number, last: string): string {
  return `1.${'0'.repeat(decimals - 1)}${last}`;
}

describe('add', () => {
  it('given 101 and 102 decimals, returns the sum on the larger scale, not the product of the two', () => {
    const sum = add(parseDecimal(amount(101, '1'))!, parseDecimal(amount(102, '1'))!);
    expect(sum.d).toBe(10n ** 102n);
    expect(sum.n).toBe(2n * 10n ** 102n + 11n);
  });

  it('given denominators neither divides, returns their product (still exact)', () => {
    expect(add({ n: 1n, d: 3n }, { n: 1n, d: 4n })).toEqual({ n: 7n, d: 12n });
  });
});

describe('Totals of amounts with long decimals', () => {
  it('given 2,000 rows alternating 101 and 102 decimals, sums them exactly on one common scale', () => {
    const totals = new Totals(funds);
    for (let i = 0; i < 2000; i++) {
      const decimals = i % 2 === 0 ? 101 : 102;
      totals.add(
        rowOf({
          county: `县${i}`,
          year: '2022',
          funds_due: amount(decimals, '1'),
          funds_paid_on_time: amount(decimals, '1'),
        }),
      );
    }
    const [verdict] = totals.verdicts();
    expect(verdict).toMatchObject({ status: 'pass', actual: 1 });
    // 1000 × (1 + 10^-101) + 1000 × (1 + 10^-102) = 2000.0…011 (100 zeros between point and the first 1).
    expect(verdict!.detail).toContain('2000');
    // The timeout is a bound, not a timing: linear sums take milliseconds, a product of denominators over half a minute.
  }, 2000);

  it('given one part a hair short of its total, fails exactly', () => {
    const totals = new Totals(funds);
    for (let i = 0; i < 200; i++) {
      const decimals = i % 2 === 0 ? 101 : 102;
      totals.add(
        rowOf({
          county: `县${i}`,
          year: '2022',
          funds_due: amount(decimals, '2'),
          funds_paid_on_time: amount(decimals, i === 0 ? '1' : '2'),
        }),
      );
    }
    expect(totals.verdicts()[0]).toMatchObject({ status: 'fail' });
  });
});
