// The series rows nothing read (src/engine/unjoined.ts): one notice per input, its lines and months
// as bounded ranges, whatever the number of rows.
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { UnjoinedRows } from '../../src/engine/unjoined.js';
import { tableNamed } from '../../src/model/tables.js';
import type { Row } from '../../src/model/types.js';
import { builtin, said } from '../helpers.js';

const rules = builtin.rules.map((spec) => compileRule(spec, builtin.fields));
const index = tableNamed(builtin.fields, 'price-index').index;
const subsidy = tableNamed(builtin.fields, 'price-subsidy').index;
const month = (year: number, m: number): number => year * 12 + m - 1;
const row = (table: number, line: number, period: number, file = 'index.csv'): Row => ({
  file,
  line,
  county: table === subsidy ? '甲县' : null,
  year: Math.floor(period / 12),
  reportDate: null,
  table,
  period,
  cells: [],
});

describe('the rows of a series nothing read', () => {
  it('given rows on every other line, lists ten runs of lines and says the rest with …', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    for (let i = 0; i < 24; i++) unjoined.see(row(index, 4 + 2 * i, month(2020, 1) + i));
    const [notice, ...others] = unjoined.problems();
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ file: 'index.csv', line: 4, code: 'unjoined-rows', level: 'notice', rows: 24 });
    expect(said(notice!.message, 'zh')).toBe(
      'price-index 有 24 行没有用到：没有 price-subsidy 的行与之对应，未判定: 第 4、6、8、10、12、14、16、18、20、22、… 行（2020-01–2021-12）',
    );
  });

  it('given a subsidy row, takes the index month it reads (the month before) as read, and no other', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    for (let i = 0; i < 3; i++) unjoined.see(row(index, 4 + i, month(2022, 6) + i));
    unjoined.see(row(subsidy, 2, month(2022, 8), 'subsidy.csv'));
    expect(unjoined.problems().map((p) => [p.line, p.rows, said(p.message, 'en')])).toEqual([
      [
        4,
        2,
        '2 price-index rows read by nothing: no price-subsidy row answers to them, not judged: lines 4, 6 (2022-06, 2022-08)',
      ],
    ]);
  });

  it('given a hundred thousand rows of one month on consecutive lines, holds one run and names them in one range', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    for (let line = 4; line < 100_004; line++) unjoined.see(row(index, line, month(2022, 1)));
    expect(unjoined.problems().map((p) => [p.rows, said(p.message, 'zh')])).toEqual([
      [100_000, 'price-index 有 100000 行没有用到：没有 price-subsidy 的行与之对应，未判定: 第 4–100003 行（2022-01）'],
    ]);
  });
});
