// The series rows nothing read (src/engine/unjoined.ts): one notice per input, its lines and months
// as bounded ranges, whatever the number of rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { RUNS_KEPT, UnjoinedRows } from '../../src/engine/unjoined.js';
import { tableNamed } from '../../src/model/tables.js';
import type { Row } from '../../src/model/types.js';
import { loadPack } from '../../src/pack/files.js';
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
      '全州居民消费价格指数 有 24 行没有用到：没有 价格临时补贴发放月报 的行与之对应，未判定: 第 4、6、8、10、12、14、16、18、20、22、… 行（2020-01–2021-12）',
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
        '2 prefecture price index rows read by nothing: no monthly price subsidy return row answers to them, not judged: lines 4, 6 (2022-06, 2022-08)',
      ],
    ]);
  });

  it('given a pack whose tables have no title, names them by their ids', async () => {
    const pack = await loadPack('fixtures/packs/price-index-join.yaml');
    const unjoined = new UnjoinedRows(
      pack.rules.map((spec) => compileRule(spec, pack.fields)),
      pack.fields,
    );
    unjoined.see(row(tableNamed(pack.fields, 'price-index').index, 4, month(2022, 1)));
    expect(unjoined.problems().map((p) => said(p.message, 'en'))).toEqual([
      '1 price-index row read by nothing: no subsidy row answers to it, not judged: line 4 (2022-01)',
    ]);
  });

  it('given a hundred thousand rows of one month on consecutive lines, holds one run and names them in one range', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    for (let line = 4; line < 100_004; line++) unjoined.see(row(index, line, month(2022, 1)));
    expect(unjoined.problems().map((p) => [p.rows, said(p.message, 'zh')])).toEqual([
      [
        100_000,
        '全州居民消费价格指数 有 100000 行没有用到：没有 价格临时补贴发放月报 的行与之对应，未判定: 第 4–100003 行（2022-01）',
      ],
    ]);
  });

  it('given rows that alternate two months line by line, keeps at most RUNS_KEPT runs, counts every row and says the lines were cut', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    const rows = 200_000;
    // Lines 4–1003 are RUNS_KEPT runs of one line each, which make one range once both months are unread.
    for (let i = 0; i < rows; i++) unjoined.see(row(index, 4 + i, month(2022, 1) + (i % 2)));
    expect(unjoined.runsKept).toBe(RUNS_KEPT);
    const [notice, ...others] = unjoined.problems();
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ line: 4, rows });
    expect(said(notice!.message, 'zh')).toBe(
      `全州居民消费价格指数 有 ${rows} 行没有用到：没有 价格临时补贴发放月报 的行与之对应，未判定: 第 4–1003、… 行（2022-01–2022-02）`,
    );
  });

  it('given the rows before the cut all read, names the first row nothing read after it, then …', () => {
    const unjoined = new UnjoinedRows(rules, builtin.fields);
    // RUNS_KEPT runs of 2022-01 and 2022-02 (read by the subsidy rows of 2022-02 and 2022-03), then 2022-06.
    for (let i = 0; i < RUNS_KEPT + 1; i++) unjoined.see(row(index, 4 + i, month(2022, 1) + (i % 2)));
    for (let line = 2000; line < 2005; line++) unjoined.see(row(index, line, month(2022, 6)));
    unjoined.see(row(subsidy, 2, month(2022, 2), 'subsidy.csv'));
    unjoined.see(row(subsidy, 3, month(2022, 3), 'subsidy.csv'));
    expect(unjoined.problems().map((p) => [p.line, p.rows, said(p.message, 'en')])).toEqual([
      [
        2000,
        5,
        '5 prefecture price index rows read by nothing: no monthly price subsidy return row answers to them, not judged: lines 2000, … (2022-06)',
      ],
    ]);
  });

  it('given any interleaving of months over the lines, keeps at most RUNS_KEPT runs per input and counts every row exactly', () => {
    const months = fc.integer({ min: 0, max: 23 });
    fc.assert(
      fc.property(
        // Lines in order, each a month of 2021–2022 and a gap (0 for the next line), some subsidy months.
        fc.array(fc.tuple(months, fc.nat(2)), { minLength: 1, maxLength: 3 * RUNS_KEPT, size: 'max' }),
        fc.uniqueArray(months, { maxLength: 24 }),
        (lines, read) => {
          const unjoined = new UnjoinedRows(rules, builtin.fields);
          let line = 4;
          const unread = new Map<number, number>();
          for (const [m, gap] of lines) {
            line += gap;
            unjoined.see(row(index, line++, month(2021, 1) + m));
            if (!read.includes(m)) unread.set(line - 1, m);
          }
          for (const m of read) unjoined.see(row(subsidy, 2, month(2021, 1) + m + 1, 'subsidy.csv'));
          expect(unjoined.runsKept).toBeLessThanOrEqual(RUNS_KEPT);
          const notices = unjoined.problems();
          if (unread.size === 0) {
            expect(notices).toEqual([]);
            return;
          }
          expect(notices).toHaveLength(1);
          expect(notices[0]!.rows).toBe(unread.size);
          expect(notices[0]!.line).toBe(Math.min(...unread.keys()));
          const message = said(notices[0]!.message, 'en');
          // Every line named is a row nothing read; a list that ends short of them says so with `…`.
          const named = /lines? (.*) \(/.exec(message)![1]!.split(', ');
          const rangesOfUnread = runsOf([...unread.keys()]);
          if (named.at(-1) === '…') expect(named.length).toBeLessThanOrEqual(11);
          else expect(named).toEqual(rangesOfUnread);
          for (const range of named.filter((n) => n !== '…')) {
            const [from, to = from] = range.split('–').map(Number);
            for (let l = from!; l <= to!; l++) expect(unread.has(l)).toBe(true);
          }
        },
      ),
      { numRuns: 200, seed: 20221231 },
    );
  });
});

/** Sorted lines as ranges of consecutive lines, as the notice writes them. */
function runsOf(lines: number[]): string[] {
  const sorted = lines.sort((a, b) => a - b);
  const out: string[] = [];
  let from = sorted[0]!;
  for (let i = 1; i <= sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]! + 1) continue;
    out.push(from === sorted[i - 1] ? String(from) : `${from}–${sorted[i - 1]}`);
    from = sorted[i]!;
  }
  return out.slice(0, 10).concat(out.length > 10 ? ['…'] : []);
}
