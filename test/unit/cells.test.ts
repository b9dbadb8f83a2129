import { describe, expect, it } from 'vitest';
import { exact } from '../../src/model/exact.js';
import type { FieldSpec } from '../../src/model/types.js';
import { Placeholder, readCell } from '../../src/read/cells.js';

const field = (type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name: 'x',
  label: '某列',
  type,
  ...extra,
});
const problem = (code: string): unknown => expect.objectContaining({ code });

describe('readCell', () => {
  it.each([
    // counts: what offices type
    { type: 'count', given: '40', expect: 40 },
    { type: 'count', given: ' ４０ ', expect: 40 },
    { type: 'count', given: '1,234', expect: 1234 },
    { type: 'count', given: '1，234', expect: 1234 },
    { type: 'count', given: '12.0', expect: 12 },
    { type: 'count', given: '', expect: undefined },
    { type: 'count', given: '　', expect: undefined },
    { type: 'count', given: '-3', expect: problem('negative-count') },
    { type: 'count', given: '2.5', expect: problem('not-a-whole-number') },
    { type: 'count', given: '约200', expect: problem('not-a-number') },
    { type: 'count', given: '#DIV/0!', expect: problem('excel-error') },
    { type: 'count', given: '4.39E+05', expect: problem('scientific-notation') },
    { type: 'count', given: '12,34', expect: problem('not-a-number') },
    // a figure with exactly its column's unit; anything else stays unreadable
    { type: 'count', given: '96个', unit: '个', expect: 96 },
    { type: 'count', given: '3,000人', unit: '人', expect: 3000 },
    { type: 'amount', given: '12.5 万元', unit: '万元', expect: 12.5 },
    { type: 'count', given: '96人', unit: '个', expect: problem('not-a-number') },
    { type: 'count', given: '96个', expect: problem('not-a-number') },
    { type: 'count', given: '个', unit: '个', expect: problem('not-a-number') },
    // 万 right before the unit, exactly; a months column takes 月 and 个月 alike
    { type: 'count', given: '1.2万人', unit: '人', expect: 12000 },
    { type: 'count', given: '1.1 万人', unit: '人', expect: 11000 },
    { type: 'count', given: '１．２万人', unit: '人', expect: 12000 },
    { type: 'count', given: '1.23456万人', unit: '人', expect: problem('not-a-whole-number') },
    { type: 'amount', given: '0.123456789万元', unit: '元', expect: 1234.56789 },
    { type: 'amount', given: '1.2万元', unit: '万元', expect: 1.2 },
    { type: 'amount', given: '1.2万万元', unit: '万元', expect: problem('not-a-number') },
    { type: 'count', given: '1.2万', unit: '人', expect: problem('not-a-number') },
    { type: 'count', given: '万人', unit: '人', expect: problem('not-a-number') },
    { type: 'count', given: '1.2万户', unit: '人', expect: problem('not-a-number') },
    { type: 'count', given: '4个月', unit: '月', expect: 4 },
    { type: 'count', given: '4月', unit: '个月', expect: 4 },
    { type: 'count', given: '4 个月', unit: '个月', expect: 4 },
    { type: 'count', given: '4个', unit: '月', expect: problem('not-a-number') },
    { type: 'count', given: '4个月', unit: '个', expect: problem('not-a-number') },
    // amounts and percents
    { type: 'amount', given: '1,234.50', expect: 1234.5 },
    { type: 'amount', given: '－12', expect: problem('negative-amount') },
    { type: 'amount', given: '-12.5', expect: problem('negative-amount') },
    { type: 'amount', given: '3865.40', expect: 3865.4 },
    { type: 'amount', given: '0.1', expect: 0.1 },
    { type: 'amount', given: '1.', expect: 1 },
    { type: 'amount', given: '0.1234567891', expect: exact('0.1234567891') },
    { type: 'count', given: '-0', expect: 0 },
    { type: 'count', given: '1234567890123456', expect: 1234567890123456 },
    { type: 'count', given: '12345678901234567890', expect: exact('12345678901234567890') },
    { type: 'percent', given: '-2.5', expect: -2.5 },
    { type: 'percent', given: '-0.5', expect: -0.5 },
    { type: 'percent', given: '２.０％', expect: 2 },
    // years
    { type: 'integer', given: '2022', expect: 2022 },
    { type: 'integer', given: '２０２２年', expect: 2022 },
    // yes/no
    { type: 'yesno', given: '是', expect: true },
    { type: 'yesno', given: '√', expect: true },
    { type: 'yesno', given: '×', expect: false },
    { type: 'yesno', given: '无', expect: false },
    { type: 'yesno', given: '已', expect: true },
    { type: 'yesno', given: 'Ｙ', expect: true },
    { type: 'yesno', given: 'False', expect: false },
    { type: 'yesno', given: '0', expect: false },
    { type: 'yesno', given: '在建', expect: problem('not-yes-no') },
    // dates
    { type: 'date', given: '2022-12-31', expect: '2022-12-31' },
    { type: 'date', given: '2022/1/5', expect: '2022-01-05' },
    { type: 'date', given: '2022年1月5日', expect: '2022-01-05' },
    { type: 'date', given: '2022.12.20', expect: '2022-12-20' },
    { type: 'date', given: '2022.2.30', expect: problem('invalid-date') },
    { type: 'date', given: '2022/13/01', expect: problem('invalid-date') },
    { type: 'date', given: '44926', expect: problem('invalid-date') },
    // codes keep their zeros
    { type: 'code', given: '043101', expect: '043101' },
    { type: 'code', given: '4.39E+05', expect: problem('scientific-notation') },
    { type: 'code', given: '43310', expect: problem('invalid-code') },
    // text and encoding damage
    { type: 'text', given: ' 白水县 ', expect: '白水县' },
    { type: 'text', given: '白\uFFFD县', expect: problem('encoding-error') },
  ] as const)('given $type $given, returns $expect', (example) => {
    const unit = 'unit' in example ? example.unit : undefined;
    expect(readCell(field(example.type, { unit }), example.given)).toEqual(example.expect);
  });

  it.each(['—', '——', '/', '-', '无', '－'])(
    'given %s alone in a number cell, returns a placeholder blank, never zero',
    (given) => {
      for (const type of ['count', 'amount', 'percent'] as const) {
        const value = readCell(field(type), given);
        expect(value).toBeInstanceOf(Placeholder);
        expect(value).not.toBe(0);
      }
      expect(readCell(field('yesno'), '无')).toBe(false);
    },
  );

  it('given a count above its field maximum, returns out-of-range', () => {
    expect(readCell(field('count', { maxValue: 12 }), '13')).toEqual(problem('out-of-range'));
    expect(readCell(field('count', { maxValue: 12 }), '12')).toBe(12);
  });
});
