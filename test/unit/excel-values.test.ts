import { describe, expect, it } from 'vitest';
import {
  cellReference,
  columnOf,
  numberText,
  serialDate,
  shapedText,
  shapeOfCode,
} from '../../src/read/excel-values.js';

describe('a workbook number as the office sees it', () => {
  it.each([
    { given: 45.599999999999994, expect: '45.6' },
    { given: 0.1 + 0.2, expect: '0.3' },
    { given: 3865.4000000000001, expect: '3865.4' },
    { given: 439901, expect: '439901' },
    { given: -2.5, expect: '-2.5' },
    { given: 1234567.891, expect: '1234567.891' },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(numberText(given)).toBe(want);
  });

  it.each([
    { given: 0.456, expect: '45.6%' },
    { given: 0.018, expect: '1.8%' },
    { given: 1, expect: '100%' },
    { given: -0.005, expect: '-0.5%' },
  ])('given $given in a percent cell, returns $expect', ({ given, expect: want }) => {
    expect(shapedText(given, 'percent', false)).toBe(want);
  });

  it.each([
    { given: 44915, date1904: false, expect: '2022-12-20' },
    { given: 44915.75, date1904: false, expect: '2022-12-20' },
    { given: 43453, date1904: true, expect: '2022-12-20' },
    { given: 1, date1904: false, expect: '1900-01-01' },
    { given: 59, date1904: false, expect: '1900-02-28' },
    { given: 60, date1904: false, expect: '1900-02-29' },
    { given: 61, date1904: false, expect: '1900-03-01' },
    { given: 0, date1904: true, expect: '1904-01-01' },
    { given: -3, date1904: false, expect: undefined },
  ])('given serial $given (1904: $date1904), returns $expect', ({ given, date1904, expect: want }) => {
    expect(serialDate(given, date1904)).toBe(want);
  });

  it('given a serial no calendar shows, keeps the number, which the date reader then reports', () => {
    expect(shapedText(-3, 'date', false)).toBe('-3');
  });

  it.each([
    { given: '0.0%', expect: 'percent' },
    { given: '0.00%;[Red]-0.00%', expect: 'percent' },
    { given: 'yyyy"年"m"月"d"日"', expect: 'date' },
    { given: '[$-804]yyyy/m/d', expect: 'date' },
    { given: 'm/d/yy', expect: 'date' },
    { given: 'mmm-yy', expect: 'date' },
    { given: 'h:mm', expect: 'number' },
    { given: '0.00_);[Red](0.00)', expect: 'number' },
    { given: '0.00E+00', expect: 'number' },
    { given: 'General', expect: 'number' },
    { given: '#,##0"人"', expect: 'number' },
    { given: '0"%"', expect: 'number' },
  ])('given the format $given, returns $expect', ({ given, expect: want }) => {
    expect(shapeOfCode(given)).toBe(want);
  });

  it.each([
    { column: 6, row: 7, expect: 'F7' },
    { column: 26, row: 1, expect: 'Z1' },
    { column: 27, row: 1, expect: 'AA1' },
    { column: 16384, row: 1048576, expect: 'XFD1048576' },
  ])('given column $column row $row, returns $expect', ({ column, row, expect: want }) => {
    expect(cellReference(column, row)).toBe(want);
    expect(columnOf(want)).toBe(column - 1);
  });
});
