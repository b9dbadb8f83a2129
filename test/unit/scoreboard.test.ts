import { describe, expect, it } from 'vitest';
import type { Status, ShownVerdict as Verdict } from '../../src/model/types.js';
import { scoreboard } from '../../src/report/scoreboard.js';

/** The county verdicts of one row: a status per rule, the severity of each rule alike unless given. */
function rowOf(
  county: string,
  year: number,
  line: number,
  statuses: Status[],
  severities: Verdict['severity'][] = [],
): Verdict[] {
  return statuses.map((status, i) => ({
    rule: `r${i}`,
    severity: severities[i] ?? 'error',
    status,
    scope: 'county',
    county,
    year,
    actual: null,
    target: null,
    comparison: null,
    detail: null,
    message: '',
    location: { file: 'c.csv', line },
  }));
}

const total: Verdict = {
  ...rowOf('x', 2022, 0, ['pass'])[0]!,
  scope: 'total',
  county: null,
  location: undefined,
} as unknown as Verdict;

describe('scoreboard', () => {
  it('given rows in file order, ranks them by share met, then error misses, then targets met, sharing places', () => {
    const board = scoreboard(
      [
        ...rowOf('丙县', 2022, 2, ['pass', 'fail', 'pass']),
        ...rowOf('甲县', 2022, 3, ['pass', 'pass', 'pass']),
        ...rowOf('乙县', 2022, 4, ['pass', 'pass', 'not_applicable']),
        ...rowOf('丁县', 2022, 5, ['pass', 'fail', 'pass'], ['error', 'warning', 'error']),
        ...rowOf('戊县', 2022, 6, ['pass', 'fail', 'pass']),
        total,
      ],
      10,
    );
    expect(board.shown.map((r) => [r.rank, r.county, `${r.met}/${r.applicable}`])).toEqual([
      [1, '甲县', '3/3'],
      [2, '乙县', '2/2'],
      // A warning missed places above an error missed.
      [3, '丁县', '2/3'],
      [4, '丙县', '2/3'],
      [4, '戊县', '2/3'],
    ]);
    expect(board).toMatchObject({ rows: 5, misses: 3 });
  });

  it('given a row where no target applies (0/0), ranks it not, yearly or monthly, and counts it', () => {
    const monthly = (verdicts: Verdict[], period: string): Verdict[] => verdicts.map((v) => ({ ...v, period }));
    const board = scoreboard(
      [
        ...rowOf('甲县', 2022, 2, ['pass', 'fail']),
        ...rowOf('乙县', 2022, 3, ['not_applicable', 'not_applicable']),
        ...monthly(rowOf('丙县', 2022, 4, ['not_applicable']), '2022-06'),
        ...monthly(rowOf('丁县', 2022, 5, ['pass']), '2022-07'),
        ...rowOf('戊县', 2022, 6, ['pass', 'not_applicable']),
      ],
      10,
    );
    expect(board.shown.map((r) => [r.rank, r.county, `${r.met}/${r.applicable}`])).toEqual([
      [1, '戊县', '1/1'],
      [2, '甲县', '1/2'],
      [1, '丁县', '1/1'],
    ]);
    expect(board).toMatchObject({ rows: 3, unranked: 2, misses: 1 });
    // Cut for length alike: the unranked rows are neither shown nor counted among the rows left out.
    const cut = scoreboard(
      [
        ...rowOf('乙县', 2022, 3, ['not_applicable']),
        ...rowOf('甲县', 2022, 2, ['fail']),
        ...rowOf('丙县', 2022, 4, ['pass']),
      ],
      1,
    );
    expect(cut).toMatchObject({ rows: 2, unranked: 1, cut: true });
    expect(cut.shown.map((r) => r.county)).toEqual(['甲县']);
  });

  it('given more rows than the limit, shows the worst first and counts every row and miss', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      rowOf(`县${i}`, 2022, i + 2, i % 2 ? ['fail', 'fail'] : ['pass', 'fail']),
    ).flat();
    const board = scoreboard(findings, 5);
    expect(board.shown).toHaveLength(5);
    // A table cut for length shows the county-years that miss most: here those that meet neither target.
    expect(board.shown.every((r) => r.met === 0)).toBe(true);
    expect(board).toMatchObject({ rows: 50, misses: 75 });
    // Each with its place in the whole ranking: the 25 that meet one target come first, so these share 26th.
    expect(board.shown.map((r) => r.rank)).toEqual([26, 26, 26, 26, 26]);
  });

  it('given more rows than the limit, gives each row shown the place the whole ranking gives it', () => {
    const statuses: Status[][] = [
      ['pass', 'pass', 'pass'],
      ['pass', 'pass', 'fail'],
      ['pass', 'fail', 'fail'],
      ['fail', 'fail', 'fail'],
      ['pass', 'not_applicable', 'fail'],
    ];
    const findings = Array.from({ length: 40 }, (_, i) =>
      rowOf(`县${i}`, 2021 + (i % 2), i + 2, statuses[(i * 7) % statuses.length]!),
    ).flat();
    const whole = scoreboard(findings, 1000);
    const cut = scoreboard(findings, 6);
    expect(cut.cut).toBe(true);
    const place = new Map(whole.shown.map((r) => [r.county, r.rank]));
    expect(cut.shown.map((r) => r.rank)).toEqual(cut.shown.map((r) => place.get(r.county)));
  });

  it('given two years, ranks each year on its own, earlier first', () => {
    const board = scoreboard(
      [...rowOf('甲县', 2023, 2, ['fail']), ...rowOf('甲县', 2022, 3, ['fail']), ...rowOf('乙县', 2023, 4, ['pass'])],
      10,
    );
    expect(board.shown.map((r) => [r.year, r.rank, r.county])).toEqual([
      [2022, 1, '甲县'],
      [2023, 1, '乙县'],
      [2023, 2, '甲县'],
    ]);
  });
});
