import { describe, expect, it } from 'vitest';
import type { FieldSpec, Problem, Row } from '../../src/model/types.js';
import { HeaderSearch } from '../../src/read/header-search.js';
import { fieldLookup } from '../../src/read/headers.js';
import { TableRecords } from '../../src/read/records.js';
import { builtin, said } from '../helpers.js';

/** Runs records (line n is the n-th) through the rows stage as any source would. */
function read(records: string[][]): { rows: Row[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const reader = new TableRecords('county.csv', builtin.fields, (p) => problems.push(p));
  const rows = [...reader.batch({ records, lines: records.map((_, i) => i + 1) }), ...reader.finish()];
  return { rows, problems };
}

const HEADER = ['序号', '县市区', '年度', '行政村总数（个）', '建有互助养老服务点的行政村数'];

describe('TableRecords', () => {
  it('given a 合计 whose covered rows have a blank, does not compare that column and says so, never reading the blank as zero', () => {
    const { rows, problems } = read([
      HEADER,
      ['1', '甲县', '2022', '10', '6'],
      ['2', '乙县', '2022', '', '4'],
      ['合计', '', '2022', '10', '10'],
    ]);
    expect(rows.map((row) => row.county)).toEqual(['甲县', '乙县']);
    expect(problems.filter((p) => p.code !== 'missing-column').map((p) => [p.code, p.line])).toEqual([
      ['total-row', 4],
    ]);
    expect(said(problems.find((p) => p.code === 'total-row')!.message)).toContain('未核对: 第 4 行的 行政村总数');
  });

  it('given a 合计 that differs from its rows in exact decimals, reports the cell', () => {
    const header = ['县市区', '年度', '应发放民生保障资金'];
    const { problems } = read([
      header,
      ['甲县', '2022', '0.1'],
      ['乙县', '2022', '0.2'],
      ['合计', '2022', '0.3'],
      ['丙县', '2022', '0.1'],
      ['总计', '2022', '0.4'],
    ]);
    expect(
      problems.filter((p) => p.code === 'total-row-mismatch').map((p) => [p.line, p.column, p.columnNumber]),
    ).toEqual([[6, 'funds_due', 3]]);
  });

  describe('aggregates above or below their rows', () => {
    const header = ['县市区', '年度', '行政村总数'];
    const mismatches = (records: string[][]) => {
      const { rows, problems } = read([header, ...records]);
      const notice = said(problems.find((p) => p.code === 'total-row')?.message ?? '');
      return {
        rows: rows.length,
        at: problems.filter((p) => p.code === 'total-row-mismatch').map((p) => p.line),
        notice,
      };
    };
    it.each([
      {
        layout: '合计 right under the header',
        records: [
          ['合计', '2022', '30'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
        ],
        at: [],
      },
      {
        layout: '合计 right under the header, wrong',
        records: [
          ['合计', '2022', '31'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
        ],
        at: [2],
      },
      {
        layout: '合计 above, 小计 above each block',
        records: [
          ['合计', '2022', '60'],
          ['东片小计', '2022', '30'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
          ['西片小计', '2022', '31'],
          ['丙县', '2022', '30'],
        ],
        at: [6],
      },
      {
        layout: '合计 above, 小计 below each block',
        records: [
          ['合计', '2022', '60'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
          ['东片小计', '2022', '30'],
          ['丙县', '2022', '30'],
          ['西片小计', '2022', '31'],
        ],
        at: [7],
      },
      {
        layout: '小计 above each block, 合计 below',
        records: [
          ['东片小计', '2022', '30'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
          ['西片小计', '2022', '30'],
          ['丙县', '2022', '30'],
          ['合计', '2022', '61'],
        ],
        at: [7],
      },
      {
        layout: 'every aggregate below',
        records: [
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
          ['东片小计', '2022', '30'],
          ['丙县', '2022', '30'],
          ['西片小计', '2022', '30'],
          ['合计', '2022', '59'],
        ],
        at: [7],
      },
      {
        layout: 'two years stacked, each with its 合计 above',
        records: [
          ['合计', '2021', '25'],
          ['甲县', '2021', '10'],
          ['乙县', '2021', '15'],
          ['合计', '2022', '31'],
          ['甲县', '2022', '10'],
          ['乙县', '2022', '20'],
        ],
        at: [5],
      },
    ])('given $layout, reports the wrong cells at lines $at', ({ records, at }) => {
      const result = mismatches(records);
      expect(result.at).toEqual(at);
      expect(result.notice).not.toContain('未核对');
    });

    it('given a 合计 above and no county row under it, says it was not checked, never passing it', () => {
      expect(mismatches([['合计', '2022', '30']]).notice).toContain('第 2 行下方没有县市区行');
    });

    it('given 其中 rows under a county, counts none of them in the 合计 below', () => {
      const result = mismatches([
        ['甲县', '2022', '10'],
        ['其中：城市', '', '4'],
        ['　　农村', '', '6'],
        ['乙县', '2022', '20'],
        ['合计', '2022', '30'],
      ]);
      expect(result).toMatchObject({ rows: 2, at: [] });
    });
  });

  it('given a field without a unit whose label gives one, reads its cells in that unit and no other', () => {
    const fields: FieldSpec[] = [
      { name: 'county', label: '县市区', type: 'text', required: true },
      { name: 'year', label: '年度', type: 'integer', required: true },
      { name: 'served', label: '服务人数', type: 'count' },
    ];
    const problems: Problem[] = [];
    const reader = new TableRecords('county.csv', fields, (p) => problems.push(p));
    const records = [
      ['县市区', '年度', '服务人数（人）'],
      ['甲县', '2022', '1.2万人'],
      ['乙县', '2022', '96户'],
    ];
    const rows = [...reader.batch({ records, lines: [1, 2, 3] }), ...reader.finish()];
    expect(rows.map((row) => row.cells[2])).toEqual([12000, null]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['not-a-number', 3]]);
  });

  it('given 合计 in the 序号 column and the county cell blank, still takes it for an aggregate', () => {
    const { rows } = read([HEADER, ['1', '甲县', '2022', '10', '6'], ['合计', '', '', '10', '6']]);
    expect(rows).toHaveLength(1);
  });

  it('given nothing that names a key column, reports no-header at the first line and reads none of its lines', () => {
    const { rows, problems } = read([
      ['', ''],
      ['a', 'b'],
      ['青岚市', '2022'],
      ['', ''],
      ['合计', '1'],
    ]);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.code, p.level, p.line])).toEqual([['no-header', 'error', 2]]);
  });

  it('given blank lines among the lines above the header, drops those between title and header and names each one after it', () => {
    const blank = (n: number) => Array.from({ length: n }, () => ['', '']);
    const { rows, problems } = read([
      ['2022年民政统计表', ''],
      ...blank(3),
      HEADER,
      ...blank(2),
      ['1', '甲县', '2022', '10', '6'],
    ]);
    expect(rows.map((row) => [row.county, row.line])).toEqual([['甲县', 8]]);
    expect(problems.filter((p) => p.code !== 'missing-column').map((p) => [p.code, p.line])).toEqual([
      ['title-rows', 1],
      ['blank-row', 6],
      ['blank-row', 7],
    ]);
  });

  it.each([
    // As CSV exports a merge down: the label in the upper level, a blank under it.
    {
      form: 'blank under the upper level',
      labels: ['', '', '', '乡镇(街道)总数', '行政村总数（个）', '建有互助养老服务点的行政村数'],
    },
    // As a workbook is read: the merged label filled down into the lower level.
    {
      form: 'upper level filled down',
      labels: ['序号', '县市区', '年度', '乡镇(街道)总数', '行政村总数（个）', '建有互助养老服务点的行政村数'],
    },
  ])(
    'given a two-level header ($form), reads it and names only the title above it as skipped, not the upper level',
    ({ labels }) => {
      const upper = ['序号', '县市区', '年度', '养老服务', '', ''];
      const data = ['1', '甲县', '2022', '12', '10', '6'];
      const { rows, problems } = read([['2022年民政统计表', '', '', '', '', ''], upper, labels, data]);
      expect(rows.map((row) => [row.county, row.year])).toEqual([['甲县', 2022]]);
      const titles = problems.filter((p) => p.code === 'title-rows');
      expect(titles.map((p) => p.line)).toEqual([1]);
      expect(said(titles[0]!.message)).not.toContain('序号');
      expect(read([upper, labels, data]).problems.map((p) => p.code)).not.toContain('title-rows');
    },
  );
});

describe('HeaderSearch', () => {
  it('given a title and then 100,000 blank lines, holds the blank lines as one run, so a file of blank lines cannot fill memory', () => {
    const search = new HeaderSearch(fieldLookup(builtin.fields));
    search.offer(['2022年民政统计表'], 1);
    let known = false;
    for (let line = 2; line <= 100_001; line++) known ||= search.offer([''], line);
    expect(known).toBe(false);
    expect(search.offer(HEADER, 100_002)).toBe(false);
    expect(search.take().map((held) => [held.line, held.score, held.run ?? 1])).toEqual([
      [1, 0, 1],
      [2, -1, 100_000],
      [100_002, 4, 1],
    ]);
  });

  it('given blank lines whose numbers are not one after the other (a blank cell over two lines), holds them apart', () => {
    const search = new HeaderSearch(fieldLookup(builtin.fields));
    search.offer(['标题'], 1);
    search.offer(['\n'], 2);
    search.offer([''], 4);
    expect(search.take().map((held) => [held.line, held.run ?? 1])).toEqual([
      [1, 1],
      [2, 1],
      [4, 1],
    ]);
  });

  it('given a header and then a line naming no column, says the header is known', () => {
    const search = new HeaderSearch(fieldLookup(builtin.fields));
    expect(search.offer(HEADER, 1)).toBe(false);
    expect(search.offer(['1', '甲县', '2022', '10', '6'], 2)).toBe(true);
    expect(search.bestScore()).toBe(4);
  });
});
