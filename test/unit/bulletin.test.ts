import { describe, expect, it } from 'vitest';
import type {
  CheckResult,
  Checked,
  Status,
  ShownVerdict as Verdict,
  Verdict as ModelVerdict,
} from '../../src/model/types.js';
import { html, prepareBulletin } from '../../src/report/html/bulletin.js';
import { shownIn } from '../../src/report/shown.js';
import { say } from '../../src/words/message.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { MAX_ROWS } from '../../src/report/html/overview.js';
import { MAX_CARDS } from '../../src/report/html/details.js';
import { countyRows } from '../../src/report/county-rows.js';
import { table } from '../../src/report/table.js';
import { PLAIN } from '../../src/report/paint.js';

const RULES = ['a.one', 'a.two', 'a.three'];

function verdict(county: string, line: number, rule: string, status: Status): Verdict {
  return {
    rule,
    severity: 'error',
    status,
    scope: 'county',
    county,
    year: 2022,
    actual: status === 'pass' ? 1 : 0.5,
    target: 1,
    comparison: status === 'pass' ? '100% = 100%' : '50% ≠ 100%',
    detail: '1/2',
    message: '…',
    location: { file: 'c.csv', line },
  };
}

function resultOf(rows: [string, Status[]][]): CheckResult {
  const findings = rows.flatMap(([county, statuses], index) =>
    statuses.map((status, r) => verdict(county, index + 2, RULES[r]!, status)),
  );
  const count = (status: Status) => findings.filter((f) => f.status === status).length;
  return {
    tool: { name: 'duibiao', version: '0.0.0' },
    pack: { id: 'p', title: '讲话目标' },
    asOf: '2022-12-31',
    today: '2023-03-01',
    inputs: [{ file: 'c.csv', format: 'csv', rows: rows.length }],
    rules: RULES.map((id, i) => ({ id, title: `目标${i}`, severity: 'error', paragraph: 8, quote: '原文' })),
    summary: {
      rows: rows.length,
      pass: count('pass'),
      fail: count('fail'),
      pending: 0,
      not_applicable: count('not_applicable'),
      missing: count('missing'),
      invalid: 0,
      waived: 0,
      problems: 0,
      totals: { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing: 0, invalid: 0, waived: 0 },
    },
    ruleCounts: {},
    findings,
    problems: [],
    problemCounts: { errors: 0, byCode: {} },
    exitCode: 1,
  };
}

describe('scoreboard', () => {
  it('given shares of targets met, ranks the larger share first, ties sharing a place, a target that does not apply left out', () => {
    const rows = countyRows(
      resultOf([
        ['乙县', ['pass', 'fail', 'pass']],
        ['甲县', ['pass', 'pass', 'pass']],
        ['丙县', ['pass', 'pass', 'not_applicable']],
        ['丁县', ['fail', 'pass', 'pass']],
        ['戊县', ['fail', 'missing', 'fail']],
      ]),
    );
    expect(rows.map((r) => [r.county, r.rank, `${r.met}/${r.applicable}`])).toEqual([
      ['甲县', 1, '3/3'],
      ['丙县', 2, '2/2'],
      ['丁县', 3, '2/3'],
      ['乙县', 3, '2/3'],
      ['戊县', 5, '0/3'],
    ]);
    expect(rows[4]!.misses.map((v) => v.status)).toEqual(['fail', 'fail', 'missing']);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
    ['石桥\u001b[31m县', '石桥\\u001b[31m县'],
    ['普通县', '普通县'],
  ])('given %j, returns %j', (given, expected) => {
    expect(escapeHtml(given)).toBe(expected);
  });
});

describe('the bulletin of a national file', () => {
  it('lists at most MAX_ROWS county-years and MAX_CARDS cards, and says how many it left out', () => {
    const rows: [string, Status[]][] = Array.from({ length: 1000 }, (_, i) => [
      `县${i}`,
      i % 2 === 0 ? ['pass', 'pass', 'pass'] : ['fail', 'pass', i % 3 === 0 ? 'fail' : 'pass'],
    ]);
    const page = html(resultOf(rows), { color: false, paint: undefined as never, width: 100 }) as string;
    const ranking = page.slice(page.indexOf('<section id="matrix">'), page.indexOf('<section id="charts">'));
    expect(ranking.match(/<tr><td class="num">/g)).toHaveLength(MAX_ROWS);
    expect(ranking).toContain(`中间 ${1000 - MAX_ROWS} 个县市区·年度从略`);
    expect(ranking).toContain(`共 1000 个县市区·年度，此处只列出 ${MAX_ROWS} 个`);
    const cards = page.slice(page.indexOf('<section id="cards">'), page.indexOf('<section id="problems">'));
    expect(cards.match(/<tbody class="card">/g)).toHaveLength(MAX_CARDS);
    expect(cards).toContain(`共 500 个县市区·年度，此处只列出 ${MAX_CARDS} 个`);
    // The worst first: 167 county-years miss two targets, more than there are cards, so every card is one of them.
    expect(cards.match(/<tr class="who-row">.*?达标 1\/3/g)).toHaveLength(MAX_CARDS);
    expect(page.length).toBeLessThan(2_000_000);
  });
});

describe('the targets missed', () => {
  const result = resultOf([
    ['甲县', ['pass', 'pass', 'pass']],
    ['乙县', ['fail', 'pass', 'fail']],
    ['丙县', ['pending', 'pass', 'pass']],
  ]);
  result.rules[0]!.figures = 'share';
  // 乙县's figure of the first target is a zero: drawn, with its label, not an empty place.
  const zero = result.findings.find((f) => f.county === '乙县' && f.rule === 'a.one')!;
  zero.actual = 0;
  const page = html(result, { color: false, paint: undefined as never, width: 100 }) as string;
  const charts = page.slice(page.indexOf('<section id="charts">'), page.indexOf('<section id="cards">'));

  it('draws a chart only for a target some county misses, and names the rest in one sentence', () => {
    expect(charts.match(/<div class="chart[^"]*" data-rule="([^"]+)"/g)).toEqual([
      '<div class="chart" data-rule="a.one"',
    ]);
    expect(charts).toContain('以下目标没有县市区<span class="nb">未达标</span>：<b>2</b> 目标1。');
  });

  it('shows a target without figures as the counties that miss it, not as bars', () => {
    const list = charts.slice(
      charts.indexOf('data-rule="a.three"'),
      charts.indexOf('</tr>', charts.indexOf('data-rule="a.three"')),
    );
    expect(list).toMatch(/^data-rule="a\.three"><td class="num">3<\/td><td>目标2/);
    expect(list).toContain('乙县</span> <span class="status s-fail">✗ 未达标</span> 50% ≠ 100% (1/2)');
    expect(list).not.toContain('甲县');
  });

  it('labels a zero bar, and gives it a height', () => {
    const svg = charts.slice(charts.indexOf('<svg'), charts.indexOf('</svg>'));
    expect(svg).toMatch(/translate\([\d.]+ \d+\)" fill="#333"[^>]*>0<\/text>/);
    expect(svg).toMatch(/<path d="M[\d.]+ \d+l28 0l0 -2l-28 0Z" fill="#c62828"/);
  });

  it('heads the matrix with numbers and gives their key', () => {
    const matrix = page.slice(page.indexOf('<section id="matrix">'), page.indexOf('<section id="charts">'));
    expect(matrix).toContain('<th class="rule" title="a.one">1</th><th class="rule" title="a.two">2</th>');
    expect(matrix).toContain(
      '<ol class="key"><li><b>1</b> 目标0</li><li><b>2</b> 目标1</li><li><b>3</b> 目标2</li></ol>',
    );
  });
});

describe('the bulletin of monthly rows', () => {
  /** 1000 county rows, each of a month (`2022-01`…), or every other one of a year when `mixed`. */
  function monthly(mixed: boolean): string {
    const rows: [string, Status[]][] = Array.from({ length: 1000 }, (_, i) => [
      `县${i}`,
      [i % 2 === 0 ? 'pass' : 'fail', i % 5 === 0 ? 'not_applicable' : 'pass', 'pass'],
    ]);
    const result = resultOf(rows);
    result.rules[0]!.figures = 'share';
    for (const finding of result.findings) {
      const line = finding.location!.line;
      if (!mixed || line % 2 === 0) finding.period = `2022-${String((line % 12) + 1).padStart(2, '0')}`;
    }
    return html(result, { color: false, paint: undefined as never, width: 100 }) as string;
  }

  it('counts its rows as county-months, in the lead, the summary, the ranking, its cut and the charts', () => {
    const page = monthly(false);
    expect(page).not.toContain('县市区·年度');
    expect(page).toContain('本次共检查 1000 个县市区·月份（12 个期间，2022-01 至 2022-12）');
    expect(page).toContain('1000 行 · 1000 个县市区·月份 × 3 条规则');
    const ranking = page.slice(page.indexOf('<section id="matrix">'), page.indexOf('<section id="charts">'));
    expect(ranking).toContain('<th>名次</th><th>县市区</th><th>月份</th>');
    expect(ranking).toContain(`中间 ${1000 - MAX_ROWS} 个县市区·月份从略`);
    expect(ranking).toContain(`共 1000 个县市区·月份，此处只列出 ${MAX_ROWS} 个`);
    const charts = page.slice(page.indexOf('<section id="charts">'), page.indexOf('<section id="cards">'));
    expect(charts).toContain('共 1000 个县市区·月份有数值，图中只画出数值最低的 16 个。');
    const cards = page.slice(page.indexOf('<section id="cards">'), page.indexOf('<section id="problems">'));
    expect(cards).toContain(`共 500 个县市区·月份，此处只列出 ${MAX_CARDS} 个`);
  });

  it('given yearly and monthly rows together, counts them as either', () => {
    const page = monthly(true);
    expect(page).toContain('1000 行 · 1000 个县市区·年度/月份 × 3 条规则');
    expect(page).toContain('<th>名次</th><th>县市区</th><th>年度/月份</th>');
    expect(page).toContain(`中间 ${1000 - MAX_ROWS} 个县市区·年度/月份从略`);
  });
});

describe('the bulletin of a large run, its verdicts read unsaid', () => {
  /** Verdicts as the engine makes them, unsaid: a judged one has no message, a missing one a message in no language. */
  function made(): ModelVerdict[] {
    return Array.from({ length: 300 }, (_, i) =>
      RULES.map((rule, r): ModelVerdict => {
        const status: Status = (i + r) % 7 === 0 ? 'missing' : (i * r) % 5 === 1 ? 'fail' : 'pass';
        return {
          ...verdict(`县${i}`, i + 2, rule, status),
          ...(status === 'missing'
            ? { actual: null, target: null, comparison: null, detail: null, message: say('cellsMissing', '人数 (n)') }
            : { message: undefined }),
        };
      }),
    ).flat();
  }

  it('says the misses it shows as a run held in memory says them: the same page', async () => {
    const base = resultOf([]);
    const rules = base.rules.map((rule) => ({ ...rule, figures: 'share' as const }));
    const checked = { ...base, rules, findings: [], problems: [] } as unknown as Checked;
    const spooled = shownIn({ ...checked, spooled: { findings: () => made() } }, 'zh');
    const held = shownIn({ ...checked, findings: made() }, 'zh');
    await prepareBulletin(spooled, () => Promise.resolve());
    // ECharts numbers its instances' style classes in the process: the two pages differ there alone.
    const page = (result: CheckResult): string =>
      (html(result, { color: false, paint: undefined as never, width: 100 }) as string).replace(/zr\d+-cls-\d+/g, 'zr');
    expect(page(spooled)).toBe(page(held));
    expect(page(spooled)).toContain('缺数据: 人数 (n)');
    expect(page(spooled)).toContain('50% ≠ 100% (1/2)');
  });
});

describe('the words on the outcome', () => {
  const withExit = (result: CheckResult, exitCode: 0 | 1): CheckResult => ({ ...result, exitCode });
  const verdictLine = (result: CheckResult): string =>
    /<p class="verdict">(.*?)<\/p>/.exec(
      html(result, { color: false, paint: undefined as never, width: 100 }) as string,
    )![1]!;

  it('given misses in a run whose exit code is 0 (--fail-on never), the bulletin does not say it passed', () => {
    const line = verdictLine(
      withExit(
        resultOf([
          ['甲县', ['pass', 'fail', 'pass']],
          ['乙县', ['missing', 'pass', 'pass']],
        ]),
        0,
      ),
    );
    expect(line).not.toContain('本次检查通过');
    expect(line).toContain('本次检查未通过');
  });

  it('given every target met, says the check passed', () => {
    expect(verdictLine(withExit(resultOf([['甲县', ['pass', 'pass', 'not_applicable']]]), 0))).toContain(
      '本次检查通过',
    );
  });

  it('given a data problem of level error and no miss, does not say it passed', () => {
    const result = withExit(resultOf([['甲县', ['pass', 'pass', 'pass']]]), 0);
    expect(verdictLine({ ...result, problemCounts: { errors: 1, byCode: {} } })).toContain('本次检查未通过');
  });

  it('given misses in a run whose exit code is 0, the table does not paint its summary line as passed', () => {
    const paint = { ...PLAIN, green: (text: string) => `<green>${text}`, red: (text: string) => `<red>${text}` };
    const out = (result: CheckResult): string => table(result, { color: true, paint, width: 100 }) as string;
    const last = (text: string): string => text.trimEnd().split('\n').at(-1)!;
    expect(last(out(withExit(resultOf([['甲县', ['pass', 'fail', 'pass']]]), 0)))).toMatch(/^<red>/);
    expect(last(out(withExit(resultOf([['甲县', ['pass', 'pass', 'pass']]]), 0)))).toMatch(/^<green>/);
  });
});

describe('the ranking of a monthly check', () => {
  // One target, checked a month at a time: in 2022-06 the index did not trigger, so nothing applies to 甲县 (0/0).
  const monthly = (): CheckResult => {
    const base = resultOf([]);
    const row = (county: string, line: number, period: string, status: Status): Verdict => ({
      ...verdict(county, line, 'a.one', status),
      period,
    });
    const findings = [
      row('甲县', 2, '2022-06', 'not_applicable'),
      row('甲县', 3, '2022-07', 'pass'),
      row('乙县', 4, '2022-07', 'fail'),
    ];
    return {
      ...base,
      rules: base.rules.slice(0, 1),
      findings,
      summary: { ...base.summary, rows: 3, pass: 1, fail: 1, not_applicable: 1 },
    };
  };

  it('given a county-month where no target applies, ranks it not, after the rows that are ranked', () => {
    expect(countyRows(monthly()).map((r) => [r.rank, r.county, r.period, `${r.met}/${r.applicable}`])).toEqual([
      [1, '甲县', '2022-07', '1/1'],
      [2, '乙县', '2022-07', '0/1'],
      [0, '甲县', '2022-06', '0/0'],
    ]);
    const page = html(monthly(), { color: false, paint: undefined as never, width: 100 }) as string;
    const ranking = page.slice(page.indexOf('<section id="matrix">'), page.indexOf('<section id="charts">'));
    const rows = [
      ...ranking.matchAll(/<tr><td class="num">([^<]*)<\/td><td class="county">([^<]*)<\/td><td>([^<]*)</g),
    ];
    expect(rows.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['1', '甲县', '2022-07'],
      ['2', '乙县', '2022-07'],
      ['–', '甲县', '2022-06'],
    ]);
  });
});
