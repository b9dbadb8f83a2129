import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson, duibiao, verdictOf, type Report } from './run.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';

// The runs of this file spool into a folder of their own: the shared temporary folder may hold
// other processes' spools at any moment.
const spools = mkdtempSync(join(tmpdir(), 'duibiao-spools-'));
process.env.TMPDIR = spools;
afterAll(() => rmSync(spools, { recursive: true, force: true }));

/** Runs `test` with a folder of its own, removed after it. */
function inTempDir(test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-'));
  try {
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const RULES = 19;
const county = (report: Report) => report.findings.filter((f) => f.scope === 'county');
const comparable = (report: Report) => report.findings.map(({ location: _location, ...rest }) => rest);

describe('duibiao check on the 8-county sample', () => {
  const { code, report } = checkJson(SAMPLE, '--as-of', '2022-12-31');

  it('exits 1 because targets are missed', () => {
    expect(code).toBe(1);
  });

  it('gives every row one verdict per rule, and counts them in the summary', () => {
    expect(report.summary.rows).toBe(8);
    expect(county(report)).toHaveLength(8 * RULES);
    const { pass, fail, pending, not_applicable, missing, invalid } = report.summary;
    expect(pass! + fail! + pending! + not_applicable! + missing! + invalid!).toBe(8 * RULES);
    expect(report.summary).toMatchObject({
      pass: 137,
      fail: 13,
      missing: 1,
      not_applicable: 1,
      invalid: 0,
      problems: 0,
    });
  });

  it.each([
    { place: '石桥县', rule: 'eldercare.township-center-coverage', status: 'fail', actual: 0.375, target: 0.4 },
    { place: '白水县', rule: 'eldercare.township-center-coverage', status: 'pass', actual: 0.4, target: 0.4 },
    { place: '白水县', rule: 'eldercare.village-mutual-aid-coverage', status: 'fail', actual: 0.58, target: 0.6 },
    { place: '白水县', rule: 'assistance.standard-keeps-pace-with-prices', status: 'pass', actual: 0.9, target: 0.9 },
    { place: '竹湾县', rule: 'assistance.standard-keeps-pace-with-prices', status: 'fail', actual: 1.5, target: 2 },
    { place: '云溪县', rule: 'eldercare.daycare-demo-site', status: 'fail', actual: 0, target: 1 },
    { place: '松林县', rule: 'assistance.minor-protection-center', status: 'fail', actual: false, target: true },
    {
      place: '梅江区',
      rule: 'eldercare.village-mutual-aid-coverage',
      status: 'not_applicable',
      actual: null,
      target: null,
    },
    { place: '枫岭县', rule: 'disability.rehab-coverage', status: 'missing', actual: null, target: null },
  ])('judges $place on $rule as $status', ({ place, rule, status, actual, target }) => {
    expect(verdictOf(report, place, rule)).toMatchObject({ status, actual, target, scope: 'county', year: 2022 });
  });

  it('locates each county verdict at the line of its row', () => {
    expect(verdictOf(report, '青岚市', 'funds.paid-on-time-in-full')!.location).toEqual({ file: SAMPLE, line: 2 });
    expect(verdictOf(report, '梅江区', 'funds.paid-on-time-in-full')!.location).toEqual({ file: SAMPLE, line: 9 });
  });

  it('adds one whole-prefecture verdict per ratio rule and year, with no county and no location', () => {
    const totals = report.findings.filter((f) => f.scope === 'total');
    expect(totals).toHaveLength(12);
    const township = totals.find((f) => f.rule === 'eldercare.township-center-coverage')!;
    // 51 of 107 townships across the eight counties.
    expect(township).toEqual(expect.objectContaining({ county: null, year: 2022, status: 'pass', actual: 51 / 107 }));
    expect(township).not.toHaveProperty('location');
  });

  it('reports the input and the encoding it read', () => {
    expect(report.inputs).toEqual([{ file: SAMPLE, format: 'csv', encoding: 'utf-8', rows: 8 }]);
    expect(report.tool.name).toBe('duibiao');
    expect(report.asOf).toBe('2022-12-31');
  });
});

describe('the same submissions in other shapes give the same verdicts', () => {
  const utf8 = checkJson(SAMPLE, '--as-of', '2022-12-31').report;

  it('given the YAML copy (English keys, numbers unquoted)', () => {
    const yaml = checkJson('fixtures/sample-prefecture-2022.yaml', '--as-of', '2022-12-31');
    expect(comparable(yaml.report)).toEqual(comparable(utf8));
    expect(verdictOf(yaml.report, '石桥县', 'eldercare.township-center-coverage')!.location!.line).toBe(40);
  });

  it('given the GB18030 copy saved by Excel, with full-width digits, 1,234 and 有', () => {
    const gbk = checkJson('fixtures/sample-prefecture-2022-gb18030.csv', '--as-of', '2022-12-31');
    expect(gbk.report.inputs[0]!.encoding).toBe('gb18030');
    expect(gbk.report.problems).toEqual([]);
    expect(comparable(gbk.report)).toEqual(comparable(utf8));
  });
});

describe('messy cells', () => {
  const { code, report } = checkJson('fixtures/messy-cells.csv', '--as-of', '2022-12-31');

  it('reads what people type and reports each unreadable cell at file:line:column with its code', () => {
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.line, p.columnNumber, p.column, p.code])).toEqual([
      [3, 7, 'minor_protection_center', 'not-yes-no'],
      [3, 8, 'children_in_need', 'negative-count'],
      [3, 17, 'villages_total', 'not-a-number'],
      [3, 19, 'daycare_demo_sites', 'excel-error'],
      [4, 2, 'county_code', 'scientific-notation'],
      [4, 4, 'report_date', 'invalid-date'],
      [4, 27, 'rehab_need', 'not-a-whole-number'],
      [4, 35, 'funds_due', 'negative-amount'],
      [5, 16, 'townships_with_elder_center', 'exceeds-total'],
    ]);
  });

  it('turns unreadable cells into invalid verdicts and blanks into missing, never zeros', () => {
    expect(verdictOf(report, '石桥县', 'eldercare.village-mutual-aid-coverage')!.status).toBe('invalid');
    expect(verdictOf(report, '白水县', 'assistance.standard-keeps-pace-with-prices')!.status).toBe('missing');
    expect(verdictOf(report, '云溪县', 'eldercare.township-center-coverage')!.status).toBe('invalid');
    expect(verdictOf(report, '云溪县', 'disability.care-subsidy-paid')!.status).toBe('missing');
  });

  it('reads full-width digits, thousands separators and 有/Y/已', () => {
    expect(verdictOf(report, '青岚市', 'eldercare.township-center-coverage')).toMatchObject({
      status: 'pass',
      actual: 8 / 12,
    });
    expect(verdictOf(report, '青岚市', 'assistance.all-eligible-enrolled')).toMatchObject({
      status: 'pass',
      actual: 1,
    });
    expect(verdictOf(report, '青岚市', 'eldercare.construction-subsidy-policy')!.status).toBe('pass');
    expect(verdictOf(report, '云溪县', 'disability.rehab-coverage')!.year).toBe(2022);
  });
});

describe('files that are not right', () => {
  it('given a duplicate county-year, checks both rows and reports the second', () => {
    const { code, report } = checkJson('fixtures/duplicate-county.csv', '--as-of', '2022-12-31');
    expect(code).toBe(1);
    expect(county(report)).toHaveLength(3 * RULES);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-row-key', line: 4, column: 'county' }),
    ]);
  });

  it('given an unclosed quote, exits 2 with one line naming file and line, and no stack', () => {
    const run = duibiao('check', 'fixtures/unclosed-quote.csv');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('fixtures/unclosed-quote.csv:4');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('given a file that does not exist, exits 2 with one clear line', () => {
    const run = duibiao('check', 'fixtures/no-such-county.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('duibiao: 无法读取 fixtures/no-such-county.csv: 没有这个文件 [file-unreadable]\n');
  });

  it('given a title row above the header, as Excel writes one, skips it with a title-row notice', () => {
    const { code, report } = checkJson('fixtures/title-row-above-header.csv', '--as-of', '2022-12-31');
    expect(report.problems.map((p) => [p.code, p.level, p.line])).toEqual([['title-rows', 'notice', 1]]);
    expect(report.summary.rows).toBe(3);
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')!.location!.line).toBe(4);
    expect(code).toBe(1);
  });

  it('given a file without the year column, reports that once, not once a row', () => {
    const { code, report } = checkJson('fixtures/no-year-column.csv', '--as-of', '2022-12-31');
    expect(code).toBe(1);
    expect(report.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.column, p.line])).toEqual([
      ['missing-column', 'year', 1],
    ]);
    expect(verdictOf(report, '石桥县', 'eldercare.daycare-demo-site')!.status).toBe('missing');
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')!.status).toBe('fail');
  });

  it('given English headers in any order and an extra column, reads them and notes the extra once', () => {
    const { report } = checkJson('fixtures/english-headers-any-order.csv', '--as-of', '2022-12-31');
    expect(report.problems).toEqual([expect.objectContaining({ code: 'unknown-column', level: 'notice', line: 1 })]);
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')).toMatchObject({
      status: 'fail',
      actual: 0.375,
    });
  });
});

describe('exit codes and dates', () => {
  it('given only counties that meet every target, exits 0', () => {
    const { code, report } = checkJson('fixtures/all-targets-met.csv', '--as-of', '2022-12-31');
    expect(report.summary.fail).toBe(0);
    expect(code).toBe(0);
  });

  it('given --fail-on never, exits 0 even with misses; --fail-on warning counts warnings', () => {
    expect(duibiao('check', SAMPLE, '--fail-on', 'never').code).toBe(0);
    expect(checkJson('fixtures/all-targets-met.csv', '--as-of', '2022-12-31', '--fail-on', 'warning').code).toBe(0);
  });

  it('given an as-of date before year-end, a missing day-care site is pending, not failed', () => {
    const { report } = checkJson(SAMPLE, '--as-of', '2022-06-30');
    expect(verdictOf(report, '云溪县', 'eldercare.daycare-demo-site')!.status).toBe('pending');
  });

  it('given --as-of report-date, judges each row at its report_date (2022-12-20 is before year-end), and the table says so', () => {
    const { report } = checkJson(SAMPLE, '--as-of', 'report-date');
    expect(verdictOf(report, '云溪县', 'eldercare.daycare-demo-site')!.status).toBe('pending');
    expect(duibiao('check', SAMPLE, '--as-of', 'report-date').stdout.split('\n')[0]).toContain('截至各行的填报日期');
  });

  it('given a bad --as-of or format, exits 2', () => {
    expect(duibiao('check', SAMPLE, '--as-of', '2022-02-30').code).toBe(2);
    expect(duibiao('check', SAMPLE, '--format', 'pdf').stderr).toContain("未知的格式 'pdf'");
  });

  it.each([
    { given: 'json to a file beside summary', json: (file: string) => `json:${file}`, summary: () => 'summary' },
    {
      given: 'json to stdout beside summary to a file',
      json: () => 'json',
      summary: (file: string) => `summary:${file}.txt`,
    },
  ])('given $given, writes the same JSON as json alone and leaves no temporary file', ({ json, summary }) => {
    inTempDir((dir) => {
      const file = join(dir, 'findings.json');
      const both = duibiao('check', SAMPLE, '-f', summary(file), '-f', json(file), '--as-of', '2022-12-31');
      const alone = duibiao('check', SAMPLE, '-f', 'json', '--as-of', '2022-12-31');
      const written = existsSync(file) ? readFileSync(file, 'utf8') : both.stdout;
      expect(written).toBe(alone.stdout);
      expect(`${both.stdout}${existsSync(`${file}.txt`) ? readFileSync(`${file}.txt`, 'utf8') : ''}`).toContain(
        'eldercare.township-center-coverage',
      );
      expect(readdirSync(spools).filter((name) => name.startsWith(`duibiao-findings-`))).toEqual([]);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });
  });

  it('given a file large enough for a worker thread, writes the same JSON in place, to stdout and built whole', () => {
    inTempDir((dir) => {
      const big = join(dir, 'big.csv');
      const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
      const lines = [header];
      // Each county its own code: one code on two rows of a year is one county twice.
      for (let i = 0; i < 400; i++)
        rows.forEach((row, k) => lines.push(row.replace(/^([^,]*),\d+/, `$1${i},${440000 + i * rows.length + k}`)));
      writeFileSync(big, `${lines.join('\n')}\n`);
      const inPlace = duibiao('check', big, '-f', `json:${join(dir, 'in-place.json')}`, '--as-of', '2022-12-31');
      const stdout = duibiao('check', big, '-f', 'json', '--as-of', '2022-12-31');
      const whole = duibiao(
        'check',
        big,
        '-f',
        `json:${join(dir, 'whole.json')}`,
        '-f',
        `csv:${join(dir, 'whole.csv')}`,
        '--as-of',
        '2022-12-31',
      );
      expect([inPlace.code, stdout.code, whole.code]).toEqual([1, 1, 1]);
      const report = readFileSync(join(dir, 'whole.json'), 'utf8');
      expect((JSON.parse(report) as Report).findings.length).toBeGreaterThan(3200 * 19);
      expect(readFileSync(join(dir, 'in-place.json'), 'utf8')).toBe(report);
      expect(stdout.stdout).toBe(report);
    });
  });

  it('given --output, writes the report there and nothing to stdout', () => {
    inTempDir((dir) => {
      const file = join(dir, 'report.json');
      const run = duibiao('check', SAMPLE, '-f', 'json', '-o', file, '--as-of', '2022-12-31');
      expect(run.stdout).toBe('');
      expect((JSON.parse(readFileSync(file, 'utf8')) as Report).summary.rows).toBe(8);
    });
  });
});
