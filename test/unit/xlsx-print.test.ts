// Column widths from the text a column holds: a wide (Chinese, full-width) character counts as two.
import { describe, expect, it } from 'vitest';
import { ColumnWidths, textWidth } from '../../src/report/xlsx/print.js';

describe('textWidth', () => {
  it.each([
    { given: '青岚市', expect: 6 },
    { given: 'county', expect: 6 },
    { given: '✓ 达标', expect: 6 },
    { given: '３７．５％', expect: 10 },
    { given: '低保平均标准（元/人·月）', expect: 24 },
    { given: 'a\n青岚市东', expect: 8 },
    { given: 0.375, expect: 5 },
    { given: null, expect: 0 },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(textWidth(given)).toBe(want);
  });
});

describe('ColumnWidths', () => {
  it('given rows, returns the widest text of each column plus two, within its bounds', () => {
    const widths = new ColumnWidths([
      { min: 8, max: 24 },
      { min: 6, max: 10 },
      { min: 20, max: 60 },
    ]);
    widths.add(['县市区', '年度', '说明']);
    widths.add(['青岚市', 2022, 'x'.repeat(100)]);
    expect(widths.widths()).toEqual([8, 6, 60]);
    widths.add(['某某某某某某某某某某某某县', null, '']);
    expect(widths.widths()).toEqual([24, 6, 60]);
  });
});
