// The built-in price linkage (CLI.md, "Price linkage as the speech means it") on a statistics
// bureau's index series and the counties' monthly subsidy returns, as offices send them. Every
// verdict below is worked out by hand from fixtures/prices/, not read back from a run.
//
// The series (price-index-2021-12-to-2023-02-bureau.csv) gives the index (上年同月=100), so
// 103.5 is +3.5 %. The trigger: CPI ≥ 3.5 %, or ≥ 3.0 % for the index months 2022-08..2023-02
// (paid 2022-09..2023-03), or food ≥ 6 %. Month by month (CPI, food):
//   2021-12  101.5  98.8   +1.5 / -1.2  no
//   2022-01  100.9  96.2   no;  2022-02 100.9 96.1 no;  2022-03 101.5 98.5 no;  2022-04 102.1 101.9 no
//   2022-05  103.0 102.3   +3.0 outside the window: under 3.5             no   (paid 2022-06)
//   2022-06  102.5 106.0   food exactly +6.0, CPI not                     YES  (paid 2022-07)
//   2022-07  103.5 105.9   CPI exactly +3.5, food 5.9 just under          YES  (paid 2022-08)
//   2022-08  103.0 105.2   +3.0, the window's first month                  YES  (paid 2022-09)
//   2022-09  102.9 105.9   2.9 < 3.0, 5.9 < 6                             no   (paid 2022-10)
//   2022-10  102.8 104.7   no;  2022-11 101.7 103.6 no
//   2022-12  103.1 104.8   3.1 ≥ 3.0 in the window                        YES  (paid 2023-01)
//   2023-01  absent from the series                                        ?    (paid 2023-02: missing)
//   2023-02  103.0 105.0   +3.0, the window's last month                   YES  (paid 2023-03)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson, duibiao, type Finding, type Report } from './run.js';
import { accountingBreaks, type Report as Accounted } from '../accounting.js';
import { builtinTables } from '../helpers.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const SAMPLE_2021 = 'fixtures/round/sample-prefecture-2021.csv';

const INDEX = 'fixtures/prices/price-index-2021-12-to-2023-02-bureau.csv';
const SUBSIDY = 'fixtures/prices/price-subsidy-returns-2022-06-to-2023-03.csv';
// The same series as a workbook of changes, in a folder of its own: a check of fixtures/prices reads the series once.
const INDEX_XLSX = 'fixtures/prices/workbook/price-index-2021-12-to-2023-02-bureau-changes.xlsx';
const ROSTER = 'fixtures/round/roster-8-counties.csv';
const RULE = 'prices.subsidy-paid-when-triggered';
const AS_OF = '2023-03-20';

const run = checkJson(INDEX, SUBSIDY, '--counties', ROSTER, '--as-of', AS_OF);
const verdicts = run.report.findings.filter((f) => f.rule === RULE);
const at = (county: string, period: string): Finding[] =>
  verdicts.filter((f) => f.county === county && (f as Finding & { period?: string }).period === period);
const statusOf = (county: string, period: string): string => {
  const found = at(county, period);
  expect(found, `${county} ${period}`).toHaveLength(1);
  return found[0]!.status;
};

describe('the price linkage of the built-in pack', () => {
  it('runs, and fails on the misses below', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it.each([
    // 2022-06: paid in a month whose index (2022-05, CPI 3.0 outside the window) did not trigger.
    { county: '青岚市', period: '2022-06', status: 'not_applicable' },
    // 2022-07, food alone at exactly 6.0: 云溪县 covered 0 and paid 0 (written in full-width digits).
    { county: '青岚市', period: '2022-07', status: 'pass' },
    { county: '云溪县', period: '2022-07', status: 'fail' },
    // 2022-08, CPI exactly 3.5: 石桥县 paid 845 of 860, short, and its month ended long ago.
    { county: '石桥县', period: '2022-08', status: 'fail' },
    { county: '云溪县', period: '2022-08', status: 'pass' },
    // 2022-09, CPI 3.0 in the window's first month: 松林县 paid 725 of 719 covered (exceeds-total);
    // 白水县 sent no row for the month.
    { county: '竹湾县', period: '2022-09', status: 'pass' },
    { county: '松林县', period: '2022-09', status: 'invalid' },
    { county: '白水县', period: '2022-09', status: 'missing' },
    // 2023-01, for index 2022-12 (3.1): 枫岭县 paid 0 of 806, due 2023-01-31, overdue at 2023-03-20.
    { county: '枫岭县', period: '2023-01', status: 'fail' },
    { county: '竹湾县', period: '2023-01', status: 'pass' },
    // 2023-02: index 2023-01 is absent from the series, whatever the county paid.
    { county: '青岚市', period: '2023-02', status: 'missing' },
    { county: '枫岭县', period: '2023-02', status: 'missing' },
    // 2023-03, for index 2023-02 at 3.0, the window's last month: 枫岭县 has paid 0 of 805 so far,
    // due at the end of March, after 2023-03-20.
    { county: '青岚市', period: '2023-03', status: 'pass' },
    { county: '枫岭县', period: '2023-03', status: 'pending' },
    // 梅江区 is on the roster and sent no subsidy return: missing for each triggered month paid.
    { county: '梅江区', period: '2022-07', status: 'missing' },
    { county: '梅江区', period: '2022-08', status: 'missing' },
    { county: '梅江区', period: '2022-09', status: 'missing' },
    { county: '梅江区', period: '2023-01', status: 'missing' },
    { county: '梅江区', period: '2023-03', status: 'missing' },
  ])('given $county paid $period, says $status', ({ county, period, status }) => {
    expect(statusOf(county, period)).toBe(status);
  });

  it('given the same series as a workbook of changes (3.5, not 103.5), gives the same verdicts', () => {
    // price-index-2021-12-to-2023-02-bureau-changes.xlsx: a merged title, a 单位：% line, the changes
    // themselves under 居民消费价格同比涨幅 and 食品价格同比涨幅, a note below.
    const xlsx = checkJson(INDEX_XLSX, SUBSIDY, '--counties', ROSTER, '--as-of', AS_OF);
    const key = (f: Finding) => `${f.county} ${(f as Finding & { period?: string }).period} ${f.status}`;
    const of = (findings: Finding[]) =>
      findings
        .filter((f) => f.rule === RULE)
        .map(key)
        .sort();
    expect(of(xlsx.report.findings)).toEqual(of(run.report.findings));
    expect(xlsx.report.problems.filter((p) => p.file.endsWith('.xlsx')).map((p) => p.code)).toEqual([
      'title-rows',
      'footer-rows',
      'unjoined-rows',
    ]);
  });

  it('owes no row for a month not triggered, nor for one whose index is absent', () => {
    // 梅江区 sent nothing: no verdict for 2022-06 and 2022-10 (not triggered) nor 2023-02 (index absent).
    expect(at('梅江区', '2022-06')).toEqual([]);
    expect(at('梅江区', '2022-10')).toEqual([]);
    expect(at('梅江区', '2023-02')).toEqual([]);
  });

  it('counts every verdict: 42 rows and 6 owed', () => {
    // Rows: 1 (2022-06) + 7 + 7 + 6 + 7 + 7 + 7 = 42; owed and not sent: 白水县 2022-09, 梅江区 × 5.
    expect(verdicts).toHaveLength(48);
    const counts: Record<string, number> = {};
    for (const verdict of verdicts) counts[verdict.status] = (counts[verdict.status] ?? 0) + 1;
    // fail: 云溪县 07, 石桥县 08, 枫岭县 2023-01; pending: 枫岭县 2023-03; invalid: 松林县 09;
    // missing: 7 of 2023-02 and 6 owed; not_applicable: 青岚市 2022-06; the other 42 − 13 − … pass.
    expect(counts).toEqual({ pass: 29, fail: 3, pending: 1, invalid: 1, missing: 13, not_applicable: 1 });
  });

  it('says the index values and the threshold used, at the index month', () => {
    const [short] = at('石桥县', '2022-08');
    expect(short!.message).toContain('实发放人数 = 845');
    expect(short!.message).toContain('2022-07');
    expect(short!.message).toContain('居民消费价格同比涨幅 = 3.5%');
    expect(short!.message).toContain('居民消费价格同比涨幅 ≥ 3.5%');
    const [window] = at('青岚市', '2022-09').concat(at('竹湾县', '2022-09'));
    expect(window!.message).toContain('居民消费价格同比涨幅 ≥ 3.0%');
    const [notTriggered] = at('青岚市', '2022-06');
    expect(notTriggered!.message).toContain('居民消费价格同比涨幅 = 3%');
    expect(notTriggered!.message).toContain('居民消费价格同比涨幅 ≥ 3.5%');
    const [owed] = at('白水县', '2022-09');
    // The table by the title the pack gives it, not its id.
    expect(owed!.message).toContain('价格临时补贴发放月报');
    expect(owed!.message).not.toContain('price-subsidy');
    // Columns by their labels, not their ids, thresholds by their values for the month, and the
    // logic in the run's language: the condition, the values it read, the cells compared.
    expect(short!.message).toContain(
      '2022-07 条件成立：居民消费价格同比涨幅 ≥ 3.5% 或 食品价格同比涨幅 ≥ 6%（居民消费价格同比涨幅 = 3.5%、食品价格同比涨幅 = ',
    );
    expect(short!.message).not.toMatch(/cpi_yoy|subsidy_paid_persons|subsidy_covered|_threshold| or /);
  });

  it('names the columns by their English labels under --lang en', () => {
    const en = checkJson(INDEX, SUBSIDY, '--counties', ROSTER, '--as-of', AS_OF, '--lang', 'en').report.findings;
    const [short] = en.filter(
      (f) => f.rule === RULE && f.county === '石桥县' && (f as Finding & { period?: string }).period === '2022-08',
    );
    expect(short!.message).toContain('People paid the temporary price subsidy = 845');
    expect(short!.message).toContain('Consumer price index, change on the same month of the year before = 3.5%');
    expect(short!.message).not.toMatch(/cpi_yoy|subsidy_paid_persons|居民消费价格|_threshold| 或 /);
    expect(short!.message).toContain(
      '2022-07: Consumer price index, change on the same month of the year before ≥ 3.5% or Food prices, change on the same month of the year before ≥ 6%',
    );
  });
});

describe('the index rows nothing reads', () => {
  type Unjoined = Report['problems'][number] & { rows?: number };
  const unjoined = (report: Report): Unjoined[] => report.problems.filter((p) => p.code === 'unjoined-rows');
  const accounted = (report: Report): string[] => accountingBreaks(report as unknown as Accounted, builtinTables);

  it('given the series alone, names its 14 rows in one notice, and every row is accounted for', () => {
    const { report, code } = checkJson(INDEX, '--as-of', AS_OF);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(unjoined(report).map((p) => [p.file, p.line, p.level, p.rows])).toEqual([[INDEX, 4, 'notice', 14]]);
    expect(unjoined(report)[0]!.message).toBe(
      '全州居民消费价格指数 有 14 行没有用到：没有 价格临时补贴发放月报 的行与之对应，未判定: 第 4–17 行（2021-12–2022-12、2023-02）',
    );
    expect(accounted(report)).toEqual([]);
  });

  it('given the subsidy returns too, names only the months no return answers to, in the run’s language', () => {
    // Paid 2022-06..09, 2023-01..03 read the index months 2022-05..08, 2022-12, 2023-02 (2023-01 is absent).
    const { report } = checkJson(INDEX, SUBSIDY, '--as-of', AS_OF, '--lang', 'en');
    expect(unjoined(report).map((p) => [p.file, p.line, p.rows, p.message])).toEqual([
      [
        INDEX,
        4,
        8,
        '8 prefecture price index rows read by nothing: no monthly price subsidy return row answers to them, not judged: lines 4–8, 13–15 (2021-12–2022-04, 2022-09–2022-11)',
      ],
    ]);
    expect(accounted(report)).toEqual([]);
    // 白水县's row of 2022-09, owed and not sent, is a verdict of no row: the accounting holds all the same.
    expect(report.findings.filter((f) => f.location === undefined && f.scope === 'county')).toHaveLength(1);
  });

  it('given a yearly return whose count is checked against the series, names none of the months it read', () => {
    // The count of 2022 reads the index months 2021-12..2022-11; the returns read 2022-12 and 2023-02.
    const { report } = checkJson(INDEX, SUBSIDY, SAMPLE, '--as-of', AS_OF);
    expect(unjoined(report)).toEqual([]);
    expect(unjoined(checkJson(INDEX, SAMPLE, '--as-of', AS_OF).report).map((p) => [p.line, p.rows])).toEqual([[16, 2]]);
  });

  it('given the series as a workbook, names its rows at the sheet', () => {
    const xlsx = INDEX_XLSX;
    const { report } = checkJson(xlsx, SUBSIDY, '--as-of', AS_OF);
    expect(unjoined(report).map((p) => [p.file, p.sheet, p.line, p.rows])).toEqual([[xlsx, '居民消费价格', 4, 8]]);
  });
});

describe('the yearly count of triggered months, against the series', () => {
  // Paid in 2022: the index months 2021-12 to 2022-11, all in the series; triggered 2022-06, 07 and
  // 08: 3. The sample says 3 for every county but 云溪县 (line 5), which says 4.
  const { report } = checkJson(INDEX, SAMPLE, SAMPLE_2021, '--as-of', '2022-12-31');
  const problems = report.problems.filter((p) => p.code.startsWith('trigger-months-'));

  it('given a county that counts 4 where the series triggered 3, says trigger-months-mismatch at its cell', () => {
    const mismatches = problems.filter((p) => p.code === 'trigger-months-mismatch');
    expect(mismatches.map((p) => [p.file, p.line, p.column, p.level])).toEqual([
      [SAMPLE, 5, 'price_trigger_months', 'error'],
    ]);
    expect(mismatches[0]!.message).toContain('2022-06、2022-07、2022-08');
  });

  it('given a year the series does not cover whole (2021: no index before 2021-12), says so once and checks nothing', () => {
    const unchecked = problems.filter((p) => p.code === 'trigger-months-unchecked');
    expect(unchecked.map((p) => [p.file, p.level])).toEqual([[SAMPLE_2021, 'notice']]);
    expect(unchecked[0]!.message).toContain('2020-12');
  });

  it('given no series, checks no count: the yearly return alone reads as before', () => {
    const alone = checkJson(SAMPLE, '--as-of', '2022-12-31').report;
    expect(alone.problems.filter((p) => p.code.startsWith('trigger-months-'))).toEqual([]);
    expect(alone.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });
});

describe('a 合计 under the subsidy returns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-prices-total-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const HEAD = '县市区,行政区划代码,月份,应发放人数,实发放人数';
  const totalNote = (lines: string[], ...args: string[]): string => {
    const file = join(dir, `${lines.length}-${args.join('')}.csv`);
    writeFileSync(file, [HEAD, ...lines, ''].join('\n'));
    return checkJson(file, '--as-of', AS_OF, ...args).report.problems.find((p) => p.code === 'total-row')!.message;
  };

  it('given the returns of several months, says the rows it covers are not of one month, not of one year', () => {
    const { report } = checkJson(SUBSIDY, '--as-of', AS_OF);
    expect(report.problems.find((p) => p.code === 'total-row')!.message).toMatch(/所覆盖的行不属于同一月份$/);
    const en = checkJson(SUBSIDY, '--as-of', AS_OF, '--lang', 'en').report;
    expect(en.problems.find((p) => p.code === 'total-row')!.message).toMatch(
      /the rows it covers are not of one month$/,
    );
  });

  it('given months of one year, checks no sum across them; given one month, checks its counties’ sum', () => {
    const months = ['青岚市,439901,2022-06,100,100', '青岚市,439901,2022-07,100,100', '合计,,,200,200'];
    expect(totalNote(months)).toMatch(/未核对: 第 4 行所覆盖的行不属于同一月份$/);
    const month = ['青岚市,439901,2022-07,100,100', '石桥县,439902,2022-07,50,50', '合计,,,150,150'];
    expect(totalNote(month)).not.toContain('未核对');
  });
});

describe('reports and forms of the monthly tables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-prices-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given --table, writes the form of the subsidy return and of the index series', () => {
    expect(duibiao('template', '--table', 'price-subsidy').stdout).toBe(
      '\uFEFF县市区,行政区划代码,填报日期,月份,应发放人数,实发放人数\r\n',
    );
    expect(duibiao('template', '--table', 'price-index').stdout).toBe(
      '\uFEFF月份,居民消费价格同比涨幅,食品价格同比涨幅\r\n',
    );
  });

  it('explains the rule with its thresholds and the window', () => {
    const { stdout } = duibiao('explain', RULE);
    expect(stdout).toContain('cpi_threshold = 2022-08–2023-02: 3.0%；其余 3.5%');
    expect(stdout).toContain('food_threshold = 6%');
    expect(stdout).toContain('实发放人数 = 应发放人数 且 应发放人数 > 0');
  });

  it('given monthly verdicts, the bulletin shows each month, whether it triggered, and who paid late or short', () => {
    const page = join(dir, 'bulletin.html');
    duibiao('check', INDEX, SUBSIDY, '--counties', ROSTER, '--as-of', AS_OF, '-f', 'html', '-o', page);
    const html = readFileSync(page, 'utf8');
    const row = (month: string): string => new RegExp(`<tr><td>${month}</td>.*?</tr>`).exec(html)?.[0] ?? '';
    expect(row('2022-06')).toContain('未启动');
    expect(row('2022-08')).toContain('启动');
    expect(row('2022-08')).toContain('<td>石桥县</td>');
    expect(row('2023-01')).toContain('<td>枫岭县</td>');
    expect(row('2023-02')).toContain('无法判断');
    expect(row('2023-03')).toContain('<td>枫岭县</td>');
    // 2022-06 did not trigger: nothing applies to 青岚市's row (0/0), which is left unranked, after every ranked row.
    const ranked = [
      ...html.matchAll(
        /<tr><td class="num">([^<]*)<\/td><td class="county">([^<]*)<\/td><td>([^<]*)<\/td><td class="num">([^<]*)</g,
      ),
    ].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
    expect(ranked[0]).toBe('1 松林县 2022-07 1/1');
    expect(ranked.at(-1)).toBe('– 青岚市 2022-06 0/0');
  });

  it('given a run large enough to keep its findings on disk, judges the subsidy rows with the series all the same', () => {
    // Over STREAM_FINDINGS_FROM (256 KiB): the csv report's verdicts are made again from the spooled rows.
    const lines = readFileSync(SAMPLE, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')
      .filter(Boolean);
    const padded = [lines[0]!];
    for (let i = 0; i < 400; i++)
      for (const line of lines.slice(1)) padded.push(line.replace(/^([^,]+),\d+,/, `$1${i},,`));
    const big = join(dir, 'big-yearly.csv');
    writeFileSync(big, `${padded.join('\n')}\n`);
    const csv = duibiao('check', big, INDEX, SUBSIDY, '--as-of', AS_OF, '-f', 'csv').stdout;
    const statuses = csv
      .split('\n')
      .filter((line) => line.includes(RULE))
      .map((line) => line.split(',')[3]);
    expect(statuses.filter((status) => status === 'pass')).toHaveLength(29);
    expect(statuses.filter((status) => status === 'missing')).toHaveLength(8);
    // The ranking reads brief verdicts of the spooled rows: a subsidy row there is judged with its index month too.
    const table = duibiao('check', big, INDEX, SUBSIDY, '--as-of', AS_OF, '-f', 'table').stdout;
    expect(table).toMatch(/云溪县 +2022-07 +0\/1/);
    expect(table).not.toContain('(cpi_yoy)');
  });

  it('given monthly rows alone, heads the ranking’s period column 月份 (en: month), not 年度', () => {
    const head = (...args: string[]): string =>
      duibiao('check', INDEX, SUBSIDY, '--as-of', AS_OF, ...args)
        .stdout.split('\n')
        .find((line) => /^(名次|rank|\| 名次|\| rank)/.test(line))!;
    expect(head('-f', 'table')).toMatch(/^名次 +县市区 +月份 +达标/);
    expect(head('-f', 'table', '--lang', 'en')).toMatch(/^rank +county +month +met/);
    expect(head('-f', 'markdown')).toBe('| 名次 | 县市区 | 月份 | 达标 | 未达标与待核实 |');
    expect(head('-f', 'markdown', '--lang', 'en')).toBe('| rank | county | month | met | misses and pending |');
    // Beside a yearly return, the column holds years and months both.
    expect(head(SAMPLE, '-f', 'table')).toMatch(/^名次 +县市区 +年度\/月份 +达标/);
    expect(head(SAMPLE, '-f', 'markdown')).toBe('| 名次 | 县市区 | 年度/月份 | 达标 | 未达标与待核实 |');
    // The yearly return alone keeps 年度.
    expect(duibiao('check', SAMPLE, '-f', 'table').stdout).toMatch(/^名次 +县市区 +年度 +达标/m);
  });

  it('given a row owed and not sent, names its county and month once, at no place, in every format', () => {
    // 白水县 sent no row for 2022-09: its verdict is of no line of any file (the index row that
    // triggered it is the bureau's, not the county's).
    const args = [INDEX, SUBSIDY, '--as-of', AS_OF];
    const markdown = duibiao('check', ...args, '-f', 'markdown').stdout.split('\n');
    expect(markdown).toContain('**白水县 2022-09**');
    expect(markdown.filter((line) => line.includes('白水县 2022-09 · '))).toEqual([]);
    const owed = (format: string): string[] =>
      duibiao('check', ...args, '-f', format)
        .stdout.split('\n')
        .filter((line) => line.includes('没有报送 价格临时补贴发放月报 中 2022-09'));
    expect(owed('github')).toEqual([expect.stringMatching(/^::error title=白水县 2022-09 · /)]);
    expect(owed('csv')).toEqual([
      expect.stringMatching(/^白水县,2022-09,prices\.subsidy-paid-when-triggered,missing,/),
    ]);
    const sarif = JSON.parse(duibiao('check', ...args, '-f', 'sarif').stdout) as {
      runs: { results: { message: { text: string }; locations?: unknown[] }[] }[];
    };
    const [result] = sarif.runs[0]!.results.filter((r) =>
      r.message.text.includes('没有报送 价格临时补贴发放月报 中 2022-09'),
    );
    expect(result!.message.text).toMatch(/^白水县 2022-09: /);
    expect(result!.locations ?? []).toEqual([]);
    expect(duibiao('check', ...args, '-f', 'junit').stdout).toContain('<testcase name="白水县 2022-09"');
    const [json] = checkJson(...args).report.findings.filter(
      (f) => f.county === '白水县' && (f as Finding & { period?: string }).period === '2022-09',
    );
    expect(json!.status).toBe('missing');
    expect(json!.location).toBeUndefined();
  });

  it('given a county-month where nothing is judged (0/0), ranks it not and says how many were left out', () => {
    // 青岚市 2022-06: paid in a month whose index did not trigger, its one verdict not_applicable.
    const table = duibiao('check', INDEX, SUBSIDY, '--as-of', AS_OF, '-f', 'table').stdout;
    expect(table).not.toMatch(/青岚市 +2022-06/);
    expect(table).toContain('另有 1 行数据没有适用的目标（全部不适用，0/0），未排名');
    const markdown = duibiao('check', INDEX, SUBSIDY, '--as-of', AS_OF, '-f', 'markdown', '--lang', 'en').stdout;
    expect(markdown).not.toContain('| 青岚市 | 2022-06 |');
    expect(markdown).toContain('1 more row with no target that applies (all not applicable, 0/0), not ranked');
  });

  it('given monthly returns alone, lists only the rule they were judged by, not every yearly rule at 0/0', () => {
    const args = [INDEX, SUBSIDY, '--as-of', AS_OF];
    const targets = (...more: string[]): string[] => {
      const lines = duibiao('check', ...args, ...more, '-f', 'table').stdout.split('\n');
      const from = lines.indexOf('各项目标') + 2;
      return lines.slice(from, lines.indexOf('', from)).map((line) => line.split(/ {2,}/)[0]!);
    };
    expect(targets()).toEqual(['联动机制启动后次月足额发放价格临时补贴']);
    const table = duibiao('check', ...args, '-f', 'table').stdout;
    expect(table).not.toMatch(/ 0\/0 /);
    expect(table).toMatch(/^56 行 × 1 条规则: /m);
    const ruleIds = (...more: string[]): string[] =>
      duibiao('check', ...args, ...more, '-f', 'summary', '--lang', 'en')
        .stdout.split('\n')
        .filter((line) => /^[a-z]+\.[a-z-]+ /.test(line))
        .map((line) => line.split(' ')[0]!);
    expect(ruleIds()).toEqual([RULE]);
    // The JSON report lists verdicts, not rules: every one is there, and no yearly rule made one.
    const { report } = checkJson(...args);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set([RULE]));
    expect(report.findings).toHaveLength(42 + 1);
    // Beside a yearly return every rule is listed again, the yearly ones and the monthly one.
    expect(ruleIds(SAMPLE)).toHaveLength(20);
    expect(ruleIds(SAMPLE)).toContain(RULE);
  });

  it('given the folder of the price fixtures, reads the series once: no month is a duplicate', () => {
    const { report } = checkJson('fixtures/prices', '--as-of', AS_OF);
    expect(report.inputs.map((input) => input.file)).toEqual([INDEX, SUBSIDY]);
    expect(report.problems.filter((p) => p.code === 'duplicate-row-key')).toEqual([]);
  });

  it('given the yearly return alone, the bulletin has no monthly section', () => {
    const page = join(dir, 'yearly.html');
    duibiao('check', SAMPLE, '--as-of', '2022-12-31', '-f', 'html', '-o', page);
    expect(readFileSync(page, 'utf8')).not.toContain('class="monthly"');
  });
});
