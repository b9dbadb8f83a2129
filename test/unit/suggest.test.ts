import { describe, expect, it } from 'vitest';
import { closest } from '../../src/pack/suggest.js';

describe('closest', () => {
  it.each([
    { given: 'severty', candidates: ['severity', 'title'], expect: 'severity' },
    { given: 'ratoi', candidates: ['value', 'ratio', 'growth'], expect: 'ratio' },
    { given: 'colour', candidates: ['severity', 'title'], expect: undefined },
  ])('given $given, returns $expect', ({ given, candidates, expect: want }) => {
    expect(closest(given, candidates)).toBe(want);
  });

  it('given a name of 100,000 characters, answers at once instead of comparing it letter by letter', () => {
    const long = 'a'.repeat(100_000);
    const started = performance.now();
    expect(closest(long, [`${long}b`])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  });
});
