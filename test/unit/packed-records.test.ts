import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../src/run/packed-records.js';
import type { RecordBatch } from '../../src/read/records.js';
import { settings } from '../property/settings.js';

describe('records packed to cross to the counting worker', () => {
  it('given a batch with empty records, empty and long cells, comes back the same batch', () => {
    const batch: RecordBatch = {
      records: [[], [''], ['白水县', '', '1,234', '孤儿、事实无人抚养儿童和困境儿童数', '😀x'], ['a\r\nb', '"']],
      lines: [2, 3, 4, 2 ** 40],
      delimiter: ',',
      spanning: [3],
    };
    const back = unpackRecords(structuredClone(packRecords(batch)));
    expect(back).toEqual(batch);
  });

  it('given a batch without a delimiter or spanning records, adds neither', () => {
    const back = unpackRecords(packRecords({ records: [['x']], lines: [1] }));
    expect(back).toStrictEqual({ records: [['x']], lines: [1] });
  });

  it('given any records, comes back cell for cell', () => {
    const records = fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 8 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(records, (recs) => {
        const batch: RecordBatch = { records: recs, lines: recs.map((_, i) => i + 1) };
        expect(unpackRecords(structuredClone(packRecords(batch)))).toEqual(batch);
      }),
      settings(300),
    );
  });
});
