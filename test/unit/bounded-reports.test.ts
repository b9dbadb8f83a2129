import { afterEach, describe, expect, it } from 'vitest';
import { STATUSES, type CheckResult, type Status, type ShownVerdict as Verdict } from '../../src/model/types.js';
import { MISS_LINES, PROBLEM_LINES, SCOREBOARD_ROWS } from '../../src/report/bounds.js';
import { junit } from '../../src/report/junit.js';
import { markdown } from '../../src/report/markdown.js';
import { PLAIN } from '../../src/report/paint.js';
import { table } from '../../src/report/table.js';
import type { Reporter } from '../../src/report/types.js';
import { useLang } from '../../src/words/words.js';

const RULES = ['a.first', 'a.second'];

/** A result of `rows` county rows, each failing every rule, as a large county file gives one. */
function failingRows(
  rows: number,
  options: {
    county?: (i: number) => string;
    quote?: string;
    problems?: number;
    status?: (row: number, rule: number) => Status;
    /** The month of a monthly table's row (`2022-03`); none for a yearly one. */
    period?: (row: number) => string | undefined;
  } = {},
): CheckResult {
  const findings: Verdict[] = [];
  for (let i = 0; i < rows; i++) {
    const location = { file: 'county.csv', line: i + 2 };
    const period = options.period?.(i);
    RULES.forEach((rule, r) => {
      findings.push({
        ...(period !== undefined ? { period } : {}),
        rule,
        severity: 'error',
        status: options.status?.(i, r) ?? 'fail',
        scope: 'county',
        county: options.county?.(i) ?? `县${i}`,
        year: 2022,
        actual: 0.3,
        target: 0.4,
        comparison: '30% < 40%',
        detail: '3/10',
        message: '30% < 40%',
        location,
      });
    });
  }
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const problems = Array.from({ length: options.problems ?? 0 }, (_, i) => ({
    file: 'county.csv',
    line: i + 2,
    code: 'not-a-number' as const,
    level: 'error' as const,
    message: '不是数字',
  }));
  return {
    tool: { name: 'duibiao', version: '0' },
    pack: { id: 'p', title: '测试' },
    asOf: '2022-12-31',
    today: '2023-03-01',
    inputs: [{ file: 'county.csv', format: 'csv', rows }],
    rules: RULES.map((id) => ({
      id,
      title: `目标 ${id}`,
      severity: 'error',
      paragraph: 9,
      quote: options.quote ?? '讲话原文',
    })),
    summary: { rows, ...counts, fail: rows * RULES.length, problems: problems.length, totals: counts },
    ruleCounts: Object.fromEntries(RULES.map((id) => [id, { ...counts, fail: rows }])),
    findings,
    problems,
    problemCounts: {
      errors: problems.length,
      byCode: problems.length
        ? { 'not-a-number': { count: problems.length, level: 'error', first: { file: 'county.csv', line: 2 } } }
        : {},
    },
    exitCode: 1,
  };
}

function render(reporter: Reporter, result: CheckResult): string {
  const out = reporter(result, { color: false, paint: PLAIN, width: 100 });
  return typeof out === 'string' ? out : [...out].join('');
}

describe('reports for people stay a size a person reads', () => {
  afterEach(() => useLang('zh'));

  it.each([
    { name: 'markdown', reporter: markdown },
    { name: 'table', reporter: table },
  ])('given 3,000 rows cut for length, $name names them county-months over months, both over a mix', ({ reporter }) => {
    const month = (i: number): string => `2022-${String((i % 12) + 1).padStart(2, '0')}`;
    const cut = (period: (i: number) => string | undefined): string[] =>
      render(reporter, failingRows(3_000, { period }))
        .split('\n')
        .filter(
          (line) => line.includes('表太长') || line.includes('Cut for length') || /未列出（|not listed \(/.test(line),
        );
    const rest = 3_000 - SCOREBOARD_ROWS;
    const monthly = cut(month);
    expect(monthly).toHaveLength(2);
    expect(monthly[0]).toContain(`排名只列出 ${SCOREBOARD_ROWS} 个县市区·月份`);
    expect(monthly[0]).toContain(`另有 ${rest} 个县市区·月份、`);
    expect(monthly[1]).toContain(`另有 ${rest} 个县市区·月份未列出`);
    expect(monthly.join('\n')).not.toContain('年度');
    // Rows of a yearly return beside them: some shown rows may be of either, so the words say both.
    const mixed = cut((i) => (i % 2 === 0 ? month(i) : undefined));
    expect(mixed[0]).toContain(`另有 ${rest} 个县市区·年度/月份、`);
    expect(mixed[1]).toContain(`另有 ${rest} 个县市区·年度/月份未列出`);
    expect(cut(() => undefined)[1]).toContain(`另有 ${rest} 个县市区·年度未列出`);
    useLang('en');
    const english = cut(month);
    expect(english[0]).toContain(`the ranking lists ${SCOREBOARD_ROWS} county-months,`);
    expect(english[0]).toContain(`${rest} more county-months and`);
    expect(english[1]).toContain(`… ${rest} more county-months not listed`);
    expect(cut((i) => (i % 2 === 0 ? month(i) : undefined))[1]).toContain(
      `… ${rest} more county-years and county-months not listed`,
    );
    expect(cut(() => undefined)[1]).toContain(`… ${rest} more county-years not listed`);
  });

  it.each([
    { name: 'markdown', reporter: markdown },
    { name: 'table', reporter: table },
  ])('given 30,000 failing rows, $name shows the first of the ranking and says how many more', ({ reporter }) => {
    const text = render(reporter, failingRows(30_000, { problems: 20_000 }));
    const lines = text.split('\n');
    // Scoreboard, misses and problems, each bounded, plus headings and the target table.
    expect(lines.length).toBeLessThan(SCOREBOARD_ROWS + MISS_LINES + PROBLEM_LINES + 200);
    expect(text).toContain(`另有 ${30_000 - SCOREBOARD_ROWS} 个县市区·年度未列出`);
    expect(text).toMatch(/另有 (\d+) 项未达标与待核实未列出/);
    const unlisted = Number(/另有 (\d+) 项未达标与待核实未列出/.exec(text)![1]);
    expect(unlisted).toBeGreaterThanOrEqual(60_000 - MISS_LINES);
    expect(text).toContain(`另有 ${20_000 - PROBLEM_LINES} 条数据问题未列出`);
  });

  it.each([
    { name: 'markdown', reporter: markdown, score: /^\| (\S+) \| (县\d+) \| 2022 \| (\d)\/2 \|/ },
    { name: 'table', reporter: table, score: /^\s*(\S+)\s+(县\d+)\s+2022\s+(\d)\/2/ },
  ])(
    'given 30,000 rows of which a few miss, $name says in its first lines that it is cut and lists the misses first, the worst first',
    ({ reporter, score }) => {
      // Every 200th row misses both targets, every 50th one of them; the rest meet both.
      const status = (row: number, rule: number): Status =>
        row % 200 === 7 || (row % 50 === 3 && rule === 1) ? 'fail' : 'pass';
      const text = render(reporter, failingRows(30_000, { status }));
      const lines = text.split('\n');
      const head = lines.slice(0, 8).join('\n');
      expect(head).toContain(`另有 ${30_000 - SCOREBOARD_ROWS} 个县市区·年度`);
      expect(head).toMatch(/-f csv.*-f xlsx.*-f json/);
      const listed = lines.flatMap((line) => {
        const match = score.exec(line);
        return match ? [{ rank: match[1], county: Number(match[2]!.slice(1)), met: Number(match[3]) }] : [];
      });
      expect(listed).toHaveLength(SCOREBOARD_ROWS);
      // 150 rows miss both and 600 miss one: every row listed misses something, the worst first.
      const both = listed.filter((row) => row.met === 0);
      expect(both).toHaveLength(150);
      expect(listed.slice(0, 150).every((row) => row.met === 0 && row.county % 200 === 7)).toBe(true);
      expect(listed.slice(150).every((row) => row.met === 1 && row.county % 50 === 3)).toBe(true);
      // Each with its place in the whole ranking: 29,250 rows meet both targets, 600 one of them.
      expect(new Set(listed.slice(0, 150).map((row) => row.rank))).toEqual(new Set(['29851']));
      expect(new Set(listed.slice(150).map((row) => row.rank))).toEqual(new Set(['29251']));
    },
  );

  it.each([
    { name: 'markdown', reporter: markdown },
    { name: 'table', reporter: table },
  ])('given 300 rows, $name is not cut and ranks the best first', ({ reporter }) => {
    const status = (row: number, rule: number): Status => (row % 3 === 0 && rule === 0 ? 'fail' : 'pass');
    const text = render(reporter, failingRows(SCOREBOARD_ROWS, { status }));
    expect(text).not.toContain('-f xlsx');
    expect(text).toMatch(/\b1\s*\|?\s*县1\b/);
  });

  it.each([
    { name: 'markdown', reporter: markdown },
    { name: 'table', reporter: table },
  ])('given a county name of 5 MB, $name cuts it with an ellipsis', ({ reporter }) => {
    const huge = '长'.repeat(5 << 20);
    const text = render(reporter, failingRows(3, { county: (i) => (i === 1 ? huge : `县${i}`) }));
    expect(text.length).toBeLessThan(20_000);
    expect(text).toContain('长长长长长');
    expect(text).toContain('…');
  });

  it('given a 1 MB quote and 550 failures, junit writes each case with the opening of the quote and the suite with all of it', () => {
    const quote = '讲'.repeat(1 << 20);
    const text = render(junit, failingRows(275, { quote }));
    expect(text.match(/<testcase /g)).toHaveLength(550);
    // The whole quote once per rule's properties, not once per case (550 MB).
    expect(text.length).toBeLessThan(RULES.length * quote.length + 550 * 2000);
    expect(text.endsWith('</testsuites>\n')).toBe(true);
  });
});
