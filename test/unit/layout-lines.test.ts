import { describe, expect, it } from 'vitest';
import { fieldLookup, fieldOfHeader, headerScore, isRowNumberHeader } from '../../src/read/headers.js';
import { aggregateKind, isBreakdown, isFooter, isHeaderCompanion } from '../../src/read/layout.js';
import { builtin } from '../helpers.js';

const lookup = fieldLookup(builtin.fields);
const nameOf = (header: string): string | undefined => {
  const index = fieldOfHeader(header, lookup);
  return index === undefined ? undefined : builtin.fields[index]!.name;
};

describe('fieldOfHeader', () => {
  it.each([
    { given: '行政村总数', expect: 'villages_total' },
    { given: '行政村总数（个）', expect: 'villages_total' },
    { given: '行政村总数\n（个）', expect: 'villages_total' },
    { given: '行政村总数\n个', expect: 'villages_total' },
    { given: '低保平均标准(元/人·月)', expect: 'dibao_standard' },
    { given: '乡镇(街道)总数', expect: 'townships_total' },
    { given: '乡镇(街道)总数（个）', expect: 'townships_total' },
    { given: '县（市、区）', expect: 'county' },
    { given: '县(市、区)', expect: 'county' },
    { given: '年份', expect: 'year' },
    { given: '行政村', expect: undefined },
    { given: '社会救助', expect: undefined },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(nameOf(given)).toBe(want);
  });

  it('given 序号, knows it numbers rows', () => {
    expect(isRowNumberHeader(' 序号 ')).toBe(true);
    expect(isRowNumberHeader('县市区')).toBe(false);
  });
});

describe('headerScore', () => {
  it('given a header, a group row, a title and a data row, scores the header highest and data and titles at zero', () => {
    expect(headerScore(['县市区', '年度', '行政村总数（个）', '其他'], lookup)).toBe(3);
    expect(headerScore(['县市区', '社会救助', '', ''], lookup)).toBe(1);
    expect(headerScore(['2022年各县市区民政工作统计表', '', ''], lookup)).toBe(0);
    expect(headerScore(['白水县', '2022', '96', '是'], lookup)).toBe(0);
  });
});

describe('lines around the data', () => {
  it.each([
    { given: ['填表人：张三', '', '审核人：李四'], expect: true },
    { given: ['', '填报日期：2023年1月5日'], expect: true },
    { given: ['注：本表截至年底'], expect: true },
    { given: ['注1、金额单位为万元'], expect: true },
    { given: ['说明: 无'], expect: true },
    { given: ['注册县', '2022'], expect: false },
    { given: ['白水县', '2022'], expect: false },
  ])('given $given, isFooter returns $expect', ({ given, expect: want }) => {
    expect(isFooter(given)).toBe(want);
  });

  it.each([
    { given: '合计', expect: 'total' },
    { given: ' 总计 ', expect: 'total' },
    { given: '全州合计', expect: 'total' },
    { given: '全市合计', expect: 'total' },
    { given: '小计', expect: 'subtotal' },
    { given: '东片小计', expect: 'subtotal' },
    { given: '合计县', expect: undefined },
    { given: '白水县', expect: undefined },
  ])('given $given, aggregateKind returns $expect', ({ given, expect: want }) => {
    expect(aggregateKind(given)).toBe(want);
  });

  it.each([
    { given: '其中：城市', under: true, expect: true },
    { given: '其中:农村', under: false, expect: true },
    { given: '  其中：城市', under: false, expect: true },
    { given: '　　　农村', under: true, expect: true },
    { given: '  城镇', under: true, expect: true },
    { given: '　　　农村', under: false, expect: false },
    { given: '农村', under: true, expect: false },
    { given: '　云溪县', under: true, expect: false },
    { given: '　梅江区', under: true, expect: false },
    { given: '　青岚市', under: true, expect: false },
    { given: '  阿拉善左旗', under: true, expect: false },
    { given: '　小计', under: true, expect: false },
    { given: '', under: true, expect: false },
  ])('given $given (under a county: $under), isBreakdown returns $expect', ({ given, under, expect: want }) => {
    expect(isBreakdown(given, under)).toBe(want);
  });

  it.each([
    { given: '　青岚', listed: ['青岚', '石桥县'], expect: false },
    { given: '　青岚', listed: [], expect: true },
    { given: '　　城镇', listed: ['青岚', '石桥县'], expect: true },
    { given: '其中：青岚', listed: ['青岚'], expect: true },
  ])(
    'given $given indented under a county and the roster $listed, isBreakdown returns $expect',
    ({ given, listed, expect: want }) => {
      expect(isBreakdown(given, true, new Set(listed))).toBe(want);
    },
  );

  it.each([
    { given: ['甲', '乙', '1', '2', '3'], expect: true },
    { given: ['', '', '（人）', '（个）', '万元'], expect: true },
    { given: ['', '', '1', '2', '4'], expect: false },
    { given: ['', '2022', '1', '2', '3'], expect: false },
    { given: ['白水县', '', '（人）'], expect: false },
    { given: ['', '', '1'], expect: false },
  ])('given $given, isHeaderCompanion returns $expect', ({ given, expect: want }) => {
    expect(isHeaderCompanion(given)).toBe(want);
  });
});
