import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types.js';
import { cellOf, rowOf, said } from '../helpers.js';

describe('buildRow', () => {
  it('given a part above its total, marks the part invalid and reports exceeds-total at its column', () => {
    const problems: Problem[] = [];
    const row = rowOf(
      { county: '甲县', year: '2022', townships_total: '15', townships_with_elder_center: '20' },
      undefined,
      problems,
    );
    expect(cellOf(row, 'townships_with_elder_center')).toBeNull();
    expect(cellOf(row, 'townships_total')).toBe(15);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'exceeds-total',
        file: 'county.csv',
        line: 7,
        column: 'townships_with_elder_center',
        columnNumber: 4,
      }),
    ]);
    // Both columns by the names on the county's sheet.
    expect(said(problems[0]!.message)).toBe('建有综合性养老服务中心的乡镇(街道)数超过乡镇(街道)总数 (20 > 15)');
  });

  it('given a blank cell, records neither a value nor a problem', () => {
    const problems: Problem[] = [];
    const row = rowOf({ county: '甲县', year: '2022', villages_total: '' }, undefined, problems);
    expect(cellOf(row, 'villages_total')).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('given Chinese labels as keys, reads the key columns', () => {
    const row = rowOf({ 县市区: ' 白水县 ', 年度: '２０２２', 填报日期: '2022年12月20日' });
    expect(row).toMatchObject({ county: '白水县', year: 2022, reportDate: '2022-12-20' });
  });
});
