import { describe, expect, it } from 'vitest';
import { keyFields, ownName, yearOfTitles, type TitleText } from '../../src/read/period-from-title.js';
import { builtin } from '../helpers.js';

const YEAR = builtin.fields.findIndex((field) => field.name === 'year');
const present = new Set(['county', 'county_code', 'villages_total']);

describe('yearOfTitles', () => {
  it.each<{ given: TitleText[]; expect: number | undefined }>([
    { given: [{ text: '2022年度XX州各县市民政工作主要指标统计表', line: 1 }], expect: 2022 },
    { given: [{ text: '２０２２年１—１２月民政统计表', line: 1 }], expect: 2022 },
    {
      given: [
        { text: '民政统计表', line: 1 },
        { text: '2022年', sheet: true },
      ],
      expect: 2022,
    },
    { given: [{ text: '青岚州民政统计表2022.xlsx' }], expect: 2022 },
    {
      given: [{ text: '2022年度统计表', line: 1 }, { text: '2022年', sheet: true }, { text: '2022-青岚州.csv' }],
      expect: 2022,
    },
    // a day names when the return was filled in, not its year
    {
      given: [
        { text: '2022年度统计表', line: 1 },
        { text: '填报单位：XX州民政局 填报日期：2023年1月5日', line: 2 },
      ],
      expect: 2022,
    },
    { given: [{ text: '2022年度统计表 报出日期 2023-01-05', line: 1 }], expect: 2022 },
    // two years, or none: as if the title said nothing
    { given: [{ text: '2021—2022年度统计表', line: 1 }], expect: undefined },
    {
      given: [
        { text: '2022年度统计表', line: 1 },
        { text: '2021年', sheet: true },
      ],
      expect: undefined,
    },
    {
      given: [{ text: '民政统计表', line: 1 }, { text: 'Sheet1', sheet: true }, { text: 'county.csv' }],
      expect: undefined,
    },
    // no code or number of the table is a year
    { given: [{ text: '行政区划代码 439901 单位：万元 20221', line: 1 }], expect: undefined },
    { given: [{ text: '建国1949年以来', line: 1 }], expect: undefined },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(yearOfTitles(builtin.fields, present, given)?.year).toBe(want);
  });

  it('given a header that holds 年度, takes nothing from the title', () => {
    expect(
      yearOfTitles(builtin.fields, new Set([...present, 'year']), [{ text: '2022年度统计表', line: 1 }]),
    ).toBeUndefined();
  });

  it('says where the year was named first, and for which field', () => {
    expect(
      yearOfTitles(builtin.fields, present, [
        { text: '统计表', line: 1 },
        { text: '2022年', sheet: true },
      ]),
    ).toEqual({ field: YEAR, year: 2022, line: undefined, sheet: true });
  });
});

describe('keyFields', () => {
  it("given the built-in pack, returns the county, its code, the year and the monthly tables' month", () => {
    expect([...keyFields(builtin.fields)].map((i) => builtin.fields[i]!.name).sort()).toEqual([
      'county',
      'county_code',
      'month',
      'year',
    ]);
  });
});

describe('ownName', () => {
  it.each([
    { given: '各县/2022/青岚州.csv', expect: '青岚州.csv' },
    { given: 'C:\\报表\\2022年\\青岚州.xlsx', expect: '青岚州.xlsx' },
    { given: '青岚州.csv', expect: '青岚州.csv' },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(ownName(given)).toBe(want);
  });
});
