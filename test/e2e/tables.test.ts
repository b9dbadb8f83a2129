// The monthly test pack through the built command: a yearly and a monthly return in one run, as
// files and as two sheets of one workbook; only a monthly table's verdicts carry a period.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../workbook-writer.js';
import { checkJson, duibiao } from './run.js';

const PACK = 'fixtures/packs/monthly-price-subsidy.yaml';
const MONTHLY = 'fixtures/monthly-price-subsidy-title-units-months-total.csv';
const YEARLY = 'fixtures/sample-prefecture-2022.csv';
const dir = mkdtempSync(join(tmpdir(), 'duibiao-tables-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duibiao check with a pack of two tables', () => {
  it('given a yearly and a monthly return, writes "period" on the monthly verdicts only', () => {
    const { code, report } = checkJson('--rules', PACK, YEARLY, MONTHLY);
    expect(code).toBe(1);
    expect(report.summary.rows).toBe(17);
    const yearly = report.findings.filter((f) => f.rule === 'assistance.all-eligible-enrolled');
    expect(yearly.map((f) => 'period' in f)).toEqual(Array(yearly.length).fill(false));
    const monthly = report.findings.filter((f) => f.rule === 'prices.subsidy-paid-in-month' && f.scope === 'county');
    expect(monthly.map((f) => (f as { period?: string }).period)).toEqual([
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-03',
      '2022-04',
      '2022-05',
    ]);
    expect(report.problems.filter((p) => p.code === 'duplicate-row-key')).toEqual([]);
  });

  it('given the table and csv formats, shows each monthly row by its month', () => {
    const table = duibiao('check', '--rules', PACK, '--as-of', '2022-12-31', YEARLY, MONTHLY);
    expect(table.stdout).toMatch(/石桥县\s+2022-04\s+0\/1/);
    expect(table.stdout).toMatch(/2022-03 98\.52% ≠ 100%/);
    const csv = duibiao('check', '--rules', PACK, '--format', 'csv', MONTHLY);
    expect(
      csv.stdout.split('\r\n').filter((line) => line.startsWith('石桥县,2022-04,prices.subsidy-paid-in-month,fail')),
    ).toHaveLength(1);
  });

  it('given one workbook with a yearly and a monthly sheet, reads each sheet as its own table', () => {
    const file = join(dir, 'yearly-and-monthly-sheets.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        {
          name: '年报',
          rows: [
            ['县市区', '年度', '监测发现符合救助条件人数', '其中已纳入救助人数'],
            ['青岚市', 2022, 4518, 4518],
            ['石桥县', 2022, 3126, 3100],
          ],
        },
        {
          name: '月报',
          rows: [
            ['2022年价格临时补贴发放月报'],
            ['县市区', '月份', '应发价格临时补贴人次', '当月足额发放人次'],
            ['青岚市', '2022年3月', 1210, 1210],
            ['青岚市', '2022年4月', 1206, 1206],
            ['青岚市', '2022-04', 1206, 1200],
          ],
        },
      ]),
    );
    const { report } = checkJson('--rules', PACK, '--as-of', '2022-12-31', file);
    expect(report.inputs.map((input) => [input.sheet, input.rows])).toEqual([
      ['年报', 2],
      ['月报', 3],
    ]);
    const county = report.findings.filter((f) => f.scope === 'county');
    expect(
      county.map((f) => `${f.location?.sheet} ${f.county} ${(f as { period?: string }).period ?? f.year} ${f.status}`),
    ).toEqual([
      '年报 青岚市 2022 pass',
      '年报 石桥县 2022 fail',
      '月报 青岚市 2022-03 pass',
      '月报 青岚市 2022-04 pass',
      '月报 青岚市 2022-04 fail',
    ]);
    expect(report.problems.filter((p) => p.code === 'duplicate-row-key').map((p) => [p.sheet, p.line])).toEqual([
      ['月报', 5],
    ]);
  });

  it('given template --table, writes the form of that table alone, which is then read as that table', () => {
    const header = (...args: string[]) =>
      duibiao('template', '--rules', PACK, ...args)
        .stdout.replace(/^\uFEFF/, '')
        .split('\r\n')[0];
    expect(header()).toBe('县市区,行政区划代码,填报日期,年度,监测发现符合救助条件人数,其中已纳入救助人数');
    expect(header('--table', 'monthly')).toBe(
      '县市区,行政区划代码,填报日期,月份,居民消费价格同比涨幅,应发价格临时补贴人次,当月足额发放人次',
    );
    const filled = join(dir, 'monthly-form-filled.csv');
    writeFileSync(filled, `${header('--table', 'monthly')}\r\n青岚市,,,2022年3月,3.6%,1210,1210\r\n`);
    const { report } = checkJson('--rules', PACK, '--as-of', '2022-12-31', filled);
    expect(report.problems).toEqual([]);
    expect(
      report.findings
        .filter((f) => f.scope === 'county')
        .map((f) => `${(f as { period?: string }).period} ${f.status}`),
    ).toEqual(['2022-03 pass']);
    const unknown = duibiao('template', '--rules', PACK, '--table', 'montly');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'monthly'");
  });

  it('given the html bulletin, leaves a target of the other table blank on a row rather than calling it missing data', () => {
    const file = join(dir, 'two-tables.html');
    expect(duibiao('check', '--rules', PACK, '--as-of', '2022-12-31', YEARLY, MONTHLY, '-f', `html:${file}`).code).toBe(
      1,
    );
    const html = readFileSync(file, 'utf8');
    const matrix = html.slice(
      html.indexOf('<section id="matrix">'),
      html.indexOf('</section>', html.indexOf('<section id="matrix">')),
    );
    // 8 yearly rows without the monthly target, 9 monthly rows without the yearly one.
    expect(matrix.match(/<td class="mark"><\/td>/g)).toHaveLength(17);
    expect(matrix).not.toMatch(/class="mark s-missing"/);
  });

  it('given a waiver for one month, waives that month of that county alone, and refuses a month that is none', () => {
    const waivers = 'fixtures/round/waivers-one-month-of-the-price-subsidy.yaml';
    const { report } = checkJson('--rules', PACK, '--as-of', '2022-12-31', MONTHLY, '--waivers', waivers);
    const statuses = report.findings
      .filter((f) => f.scope === 'county' && f.county === '白水县')
      .map((f) => `${(f as { period?: string }).period} ${f.status}`);
    expect(statuses).toEqual(['2022-03 waived', '2022-04 pass', '2022-05 not_applicable']);
    expect(report.problems.map((p) => p.code)).not.toContain('waiver-unused');
    const wrong = join(dir, 'waiver-month-13.yaml');
    writeFileSync(wrong, readFileSync(waivers, 'utf8').replace('month: 2022-03', 'month: 2022-13'));
    const refused = duibiao('check', '--rules', PACK, MONTHLY, '--waivers', wrong);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/waiver-month-13\.yaml:\d+:\d+/);
  });
});
