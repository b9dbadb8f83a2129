// The library's check is the command line's: the same document as `--format json`, the same
// options, the yearly round's included, and the same refusals.
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { check, DuibiaoError, loadPack, render, renderWorkbook, run } from '../../src/index.js';
import { duibiao, TODAY } from './run.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const ROUND = 'fixtures/round';
const AT = ['--as-of', '2022-12-31'];

function cliJson(...args: string[]): unknown {
  const { stdout, code } = duibiao('check', ...args, '--format', 'json');
  expect(code).not.toBe(2);
  return JSON.parse(stdout);
}

describe('check(files, options)', () => {
  it('resolves to the document --format json writes, on the sample', async () => {
    expect(await check([SAMPLE], { asOf: '2022-12-31' })).toEqual(cliJson(SAMPLE, ...AT));
  });

  it('takes the round as the flags do: a roster of nine, a granted waiver and last year as the baseline', async () => {
    const roster = `${ROUND}/roster-9-counties.csv`;
    const waivers = `${ROUND}/waivers-one-granted.yaml`;
    const baseline = `${ROUND}/baseline-2021-report.json`;
    const report = await check([SAMPLE], { asOf: '2022-12-31', counties: roster, waivers, baseline });
    expect(report).toEqual(cliJson(SAMPLE, ...AT, '--counties', roster, '--waivers', waivers, '--baseline', baseline));
    expect(report.summary.waived).toBe(1);
    expect(report.problems.map((problem) => problem.code)).toContain('county-not-submitted');
    expect(report.findings.some((finding) => finding.change === 'new')).toBe(true);
  });

  it('speaks the language asked for, as --lang does, and leaves the process its own after', async () => {
    expect(await check([SAMPLE], { asOf: '2022-12-31', lang: 'en' })).toEqual(cliJson(SAMPLE, ...AT, '--lang', 'en'));
    expect(await check([SAMPLE], { asOf: '2022-12-31' })).toEqual(cliJson(SAMPLE, ...AT));
  });

  it('gives two calls in two languages at once each its own language, as each call alone gives it', async () => {
    // A workbook and a CSV with data problems, and the monthly price returns whose verdicts say the
    // condition they joined and a yes or a no: messages in every problem and many verdicts.
    const files = [
      'fixtures/libreoffice-notes-sheet-title-percent-dates-formulas-div0.xlsx',
      'fixtures/messy-cells.csv',
      'fixtures/prices/price-index-2021-12-to-2023-02-bureau.csv',
      'fixtures/prices/price-subsidy-returns-2022-06-to-2023-03.csv',
    ];
    const zhAlone = await check(files, { asOf: '2022-12-31', lang: 'zh' });
    const enAlone = await check(files, { asOf: '2022-12-31', lang: 'en' });
    const [zh, en] = await Promise.all([
      check(files, { asOf: '2022-12-31', lang: 'zh' }),
      check(files, { asOf: '2022-12-31', lang: 'en' }),
    ]);
    expect(zh).toEqual(zhAlone);
    expect(en).toEqual(enAlone);
    expect(zhAlone.problems.length).toBeGreaterThan(10);
    expect(zhAlone.findings.some((finding) => finding.comparison === '是 = 是')).toBe(true);
    expect(enAlone.findings.some((finding) => finding.comparison === 'yes = yes')).toBe(true);
    // Each alone is --lang's document: no word of one language in the other's.
    expect(enAlone).toEqual(cliJson(...files, ...AT, '--lang', 'en'));
    expect(zhAlone).toEqual(cliJson(...files, ...AT, '--lang', 'zh'));
  });

  it('reads only the sheets asked for, and fails on warnings when asked', async () => {
    const book = 'fixtures/libreoffice-notes-sheet-title-percent-dates-formulas-div0.xlsx';
    const given = await check([book], { asOf: '2022-12-31', sheets: ['民政统计表'], failOn: 'warning' });
    expect(given.inputs.map((input) => input.sheet)).toEqual(['民政统计表']);
    expect(given).toEqual(cliJson(book, ...AT, '--sheet', '民政统计表', '--fail-on', 'warning'));
  });

  it('gives the result its exit code, and renders it in any text format as the command line does', async () => {
    const result = await run([SAMPLE], { asOf: '2022-12-31', failOn: 'error' });
    expect(result.exitCode).toBe(1);
    expect(await render(result, 'markdown')).toBe(duibiao('check', SAMPLE, ...AT, '--format', 'markdown').stdout);
  });

  it('renders a result in the language it was said in, its headings too, while a call in the other renders', async () => {
    const en = await run([SAMPLE], { asOf: '2022-12-31', lang: 'en' });
    const zh = await run([SAMPLE], { asOf: '2022-12-31', lang: 'zh' });
    const [enTable, zhTable, enMarkdown, enBook, zhBook] = await Promise.all([
      render(en, 'table'),
      render(zh, 'table'),
      render(en, 'markdown'),
      renderWorkbook(en),
      renderWorkbook(zh),
    ]);
    expect(enTable).toBe(duibiao('check', SAMPLE, ...AT, '--lang', 'en', '--format', 'table').stdout);
    expect(zhTable).toBe(duibiao('check', SAMPLE, ...AT, '--lang', 'zh', '--format', 'table').stdout);
    expect(enMarkdown).toBe(duibiao('check', SAMPLE, ...AT, '--lang', 'en', '--format', 'markdown').stdout);
    expect(XLSX.read(enBook).SheetNames).toEqual(['Overview', 'Details', 'Data problems']);
    expect(XLSX.read(zhBook).SheetNames).toEqual(['总览', '明细', '数据问题']);
  });

  it('judges deadlines at the day given as `today` (a date or a Date), at --as-of, or at each report_date, as the command line does', async () => {
    const filed = 'fixtures/daycare-site-missed-filed-2022-12-20.csv';
    const atToday = await check([filed], { today: TODAY });
    expect(atToday.asOf).toBe(TODAY);
    expect(atToday).toEqual(cliJson(filed));
    expect(await check([filed], { today: new Date(2025, 2, 10, 9) })).toEqual(atToday);
    const atRows = await check([filed], { asOf: 'report-date', today: '2030-01-01' });
    expect(atRows.asOf).toBe('report-date');
    expect(atRows).toEqual(cliJson(filed, '--as-of', 'report-date'));
    expect(atRows.summary).toMatchObject({ fail: 0, pending: 1 });
    await expect(check([filed], { today: '2025-02-30' })).rejects.toMatchObject({ code: 'usage' });
  });

  it('rejects what the command line refuses, with its stop code', async () => {
    await expect(check([SAMPLE], { asOf: '2022-13-01' })).rejects.toMatchObject({ code: 'usage' });
    await expect(check([SAMPLE], { failOnNew: true })).rejects.toBeInstanceOf(DuibiaoError);
    await expect(loadPack('fixtures/packs/does-not-exist.yaml')).rejects.toBeInstanceOf(DuibiaoError);
    expect((await loadPack()).rules.length).toBe(20);
  });
});
