// The first items of an order, kept as they are offered: the same as sorting them all and taking
// the first, and an item after the last kept never kept (the bulletin's bars skip making such items).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Kept } from '../../src/report/kept.js';

describe('the items kept of many offered', () => {
  it('given any numbers and limit, keeps the first of the order, stable, and says the last once full', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.nat(10), (values, limit) => {
        const items = values.map((value, arrival) => ({ value, arrival }));
        const kept = new Kept<{ value: number; arrival: number }>(limit, (a, b) => a.value - b.value);
        for (const item of items) {
          const last = kept.last;
          kept.offer(item);
          if (last !== undefined && item.value > last.value) expect(kept.inOrder()).not.toContain(item);
        }
        const first = [...items].sort((a, b) => a.value - b.value || a.arrival - b.arrival).slice(0, limit);
        expect(kept.inOrder()).toEqual(first);
        expect(kept.last).toBe(items.length >= limit && limit > 0 ? first[first.length - 1] : undefined);
      }),
      { numRuns: 500 },
    );
  });
});
