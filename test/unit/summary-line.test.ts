import { describe, expect, it } from 'vitest';
import { grouped } from '../../src/report/summary-line.js';

describe('grouped', () => {
  it.each([
    { given: 0, expect: '0' },
    { given: 999, expect: '999' },
    { given: 1000, expect: '1,000' },
    { given: 5215476, expect: '5,215,476' },
    { given: 10_000_000_000, expect: '10,000,000,000' },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(grouped(given)).toBe(want);
  });
});
