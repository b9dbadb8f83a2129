import { describe, expect, it } from 'vitest';
import { columns, displayWidth, printable, wrap } from '../../src/report/layout.js';

describe('displayWidth', () => {
  it.each([
    { given: 'abc', expect: 3 },
    { given: '县市区', expect: 6 },
    { given: '乡镇(街道)', expect: 10 },
    { given: '４０％', expect: 6 },
    { given: '\u001b[31m未达标\u001b[39m', expect: 6 },
    { given: '✗ 37.5%', expect: 7 },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(displayWidth(given)).toBe(want);
  });
});

describe('wrap', () => {
  it('given Chinese wider than the column, breaks between characters', () => {
    expect(wrap('有康复需求的持证残疾人数', 10)).toEqual(['有康复需求', '的持证残疾', '人数']);
  });

  it('given a column name that does not fit the line, moves it whole to the next, and drops the space at the break', () => {
    expect(wrap('missing: dibao_standard (低保平均标准)', 20)).toEqual([
      'missing:',
      'dibao_standard (低保',
      '平均标准)',
    ]);
  });

  it('given a word wider than the column, starts a line with it and cuts it', () => {
    expect(wrap('unusable: townships_with_elder_center', 12)).toEqual([
      'unusable:',
      'townships_wi',
      'th_elder_cen',
      'ter',
    ]);
  });

  it('given brackets and commas around Chinese, breaks neither after an opening bracket nor before a closing one', () => {
    expect(wrap('children_in_need (孤儿、事实无人抚养儿童)', 19)).toEqual([
      'children_in_need',
      '(孤儿、事实无人抚养',
      '儿童)',
    ]);
    expect(wrap('示范点数)', 8)).toEqual(['示范点', '数)']);
  });

  it("given a coloured cell followed by text, keeps the colour's end with its text across a break", () => {
    expect(wrap('\u001b[31m未达标\u001b[39m later', 7)).toEqual(['\u001b[31m未达标\u001b[39m', 'later']);
  });

  it('given leading spaces, an ideographic space and figures, keeps every character', () => {
    expect(wrap('  2022\u3000年 37.5% < 40%', 40)).toEqual(['  2022\u3000年 37.5% < 40%']);
    expect(wrap('37.5% < 40% (6/16)', 12)).toEqual(['37.5% < 40%', '(6/16)']);
  });

  it('given colour codes, keeps them and does not count them', () => {
    expect(wrap('\u001b[31mabcdef\u001b[39m', 4)).toEqual(['\u001b[31mabcd', 'ef\u001b[39m']);
  });
});

describe('columns', () => {
  it('given mixed-width cells, aligns the columns in terminal cells', () => {
    const text = columns(
      [
        ['县市区', 'x'],
        ['ab', 'y'],
      ],
      [8, 4],
    );
    expect(text.split('\n')).toEqual(['县市区    x', 'ab        y']);
  });
});

describe('painter', () => {
  it('given colour, returns ANSI styles; given none, returns the text untouched', async () => {
    const { painter } = await import('../../src/report/paint.js');
    expect((await painter(true)).red('未达标')).toBe('\u001b[31m未达标\u001b[39m');
    expect((await painter(false)).red('未达标')).toBe('未达标');
  });
});

describe('printable', () => {
  it('given control characters from the data, shows them escaped and keeps the rest', () => {
    expect(printable('白水县\u001b[2J\r\n')).toBe('白水县\\u001b[2J\\u000d\\u000a');
    expect(printable('石桥县 (6/16)')).toBe('石桥县 (6/16)');
  });
});
