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

  it('given a name over 64 characters, suggests nothing, so no name is compared letter by letter at its length squared', () => {
    const name = 'a'.repeat(64);
    expect(closest(name, [`${name}b`])).toBe(`${name}b`);
    expect(closest(`${name}a`, [`${name}ab`])).toBeUndefined();
    // A hang here would be a quadratic comparison: the test's own timeout catches it, no clock is read.
    expect(closest('a'.repeat(100_000), [`${'a'.repeat(100_000)}b`])).toBeUndefined();
  });
});
