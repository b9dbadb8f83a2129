import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/fields/calendar-date.js';
import { asOfDate, asOfKind } from '../../src/model/as-of.js';
import { asOfField, parseAsOf, todayOf } from '../../src/run/dates.js';

describe('calendarDate: the one parser of date cells and of --as-of', () => {
  it.each([
    { given: '2022-12-31', expect: '2022-12-31' },
    { given: '2022/12/31', expect: '2022-12-31' },
    { given: '2022.12.31', expect: '2022-12-31' },
    { given: '2022年12月31日', expect: '2022-12-31' },
    { given: '2022/6/3', expect: '2022-06-03' },
    { given: '2024-02-29', expect: '2024-02-29' },
    { given: '2023-02-29', expect: 'unreal' },
    { given: '2022/13/01', expect: 'unreal' },
    { given: '20221231', expect: undefined },
    { given: '31/12/2022', expect: undefined },
  ])('given $given, returns $expect', ({ given, expect: expected }) => {
    expect(calendarDate(given)).toBe(expected);
  });
});

describe('parseAsOf', () => {
  it.each([
    { given: undefined, expect: '2025-03-10' },
    { given: 'report-date', expect: undefined },
    { given: '2022/12/31', expect: '2022-12-31' },
    { given: ' 2022.6.30 ', expect: '2022-06-30' },
  ])('given $given with today 2025-03-10, returns $expect', ({ given, expect: expected }) => {
    expect(parseAsOf(given, '2025-03-10')).toBe(expected);
  });

  it.each(['2022-02-30', 'today', 'Report-Date', '', 20221231])('given %j, throws the usage stop', (given) => {
    expect(() => parseAsOf(given, '2025-03-10')).toThrow(expect.objectContaining({ code: 'usage' }) as Error);
  });

  it('says report-date in the JSON for undefined, the date otherwise', () => {
    expect(asOfField(undefined)).toBe('report-date');
    expect(asOfField('2022-12-31')).toBe('2022-12-31');
  });
});

describe('todayOf', () => {
  it('given nothing, is the local day of the clock', () => {
    expect(todayOf(undefined, 'today', () => new Date(2025, 2, 10, 23, 59))).toBe('2025-03-10');
    expect(todayOf(undefined, 'today', () => new Date(2025, 2, 11, 0, 1))).toBe('2025-03-11');
  });

  it('given a date as the cells take it, or a Date, is that day', () => {
    expect(todayOf('2025/3/10', 'DUIBIAO_TODAY')).toBe('2025-03-10');
    expect(todayOf(new Date(2025, 2, 10, 12), 'today')).toBe('2025-03-10');
  });

  it.each(['2025-02-30', 'now', new Date(Number.NaN), 20250310])(
    'given %j, throws the usage stop naming where it came from',
    (given) => {
      expect(() => todayOf(given, 'DUIBIAO_TODAY')).toThrow(/DUIBIAO_TODAY/);
    },
  );
});

describe('asOfKind and asOfDate of a result', () => {
  it.each([
    { asOf: '2025-03-10', today: '2025-03-10', kind: 'today', date: '2025-03-10' },
    { asOf: '2022-12-31', today: '2025-03-10', kind: 'date', date: '2022-12-31' },
    { asOf: 'report-date', today: '2025-03-10', kind: 'report-date', date: '2025-03-10' },
  ])('given asOf $asOf on $today, is $kind at $date', ({ asOf, today, kind, date }) => {
    expect(asOfKind({ asOf, today })).toBe(kind);
    expect(asOfDate({ asOf, today })).toBe(date);
  });
});
