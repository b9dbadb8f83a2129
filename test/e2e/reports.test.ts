import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, ROOT, type Report } from './run.js';

// Together these give every status: fail, missing and not_applicable in the sample; pending
// before year-end; invalid cells and data problems (and a county-year seen twice) in messy cells.
const INPUTS = ['fixtures/sample-prefecture-2022.csv', 'fixtures/messy-cells.csv', '--as-of', '2022-06-30'];
const STATUSES = ['pass', 'fail', 'pending', 'not_applicable', 'missing', 'invalid'] as const;
type Counts = Record<(typeof STATUSES)[number], number>;

const dir = mkdtempSync(join(tmpdir(), 'duibiao-reports-'));
const file = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(file(name), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const countsOf = (statuses: string[]): Counts => {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;
  for (const s of statuses) counts[s as keyof Counts]++;
  return counts;
};
const attribute = (tag: string, name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(tag)![1]);

interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      level: string;
      properties?: { status?: string; county?: string | null; year?: number | null };
      partialFingerprints?: Record<string, string>;
    }[];
    tool: { driver: { rules: { id: string }[] } };
  }[];
}

describe('one run, four outputs: -f table -f json:… -f junit:… -f sarif:…', () => {
  const run = duibiao(
    'check',
    ...INPUTS,
    '-f',
    'table',
    '-f',
    `json:${file('findings.json')}`,
    '-f',
    `junit:${file('junit.xml')}`,
    '-f',
    `sarif:${file('findings.sarif')}`,
  );
  const report = JSON.parse(read('findings.json')) as Report;
  const { summary } = report;
  const expected: Counts = {
    pass: summary.pass!,
    fail: summary.fail!,
    pending: summary.pending!,
    not_applicable: summary.not_applicable!,
    missing: summary.missing!,
    invalid: summary.invalid!,
  };

  it('writes the table to stdout and the other three to their files, each as a run of its own would', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(duibiao('check', ...INPUTS).stdout);
    expect(read('findings.json')).toBe(duibiao('check', ...INPUTS, '-f', 'json').stdout);
    expect(read('junit.xml')).toBe(duibiao('check', ...INPUTS, '-f', 'junit').stdout);
    expect(read('findings.sarif')).toBe(duibiao('check', ...INPUTS, '-f', 'sarif').stdout);
  });

  it('covers every status, so that the comparisons below compare something', () => {
    for (const status of STATUSES) expect(expected[status], status).toBeGreaterThan(0);
    expect(report.problems.filter((p) => p.level === 'error').length).toBeGreaterThan(0);
  });

  it('JUnit counts the same verdicts: fail as failures, missing and invalid as errors, the rest skipped', () => {
    const suites = read('junit.xml').match(/<testsuite [^>]*>/g)!;
    const rules = suites.filter((tag) => !tag.includes('name="data-problems"'));
    const sum = (name: string) => rules.reduce((total, tag) => total + attribute(tag, name), 0);
    expect(sum('tests')).toBe(summary.rows! * 19);
    expect(sum('failures')).toBe(expected.fail);
    expect(sum('errors')).toBe(expected.missing + expected.invalid);
    expect(sum('skipped')).toBe(expected.pending + expected.not_applicable);
    const problems = suites.find((tag) => tag.includes('name="data-problems"'))!;
    expect(attribute(problems, 'errors')).toBe(report.problems.filter((p) => p.level === 'error').length);
  });

  it('SARIF has one result per county verdict that is not pass or not_applicable, and one per data problem', () => {
    const sarif = JSON.parse(read('findings.sarif')) as SarifLog;
    const results = sarif.runs[0]!.results;
    const verdicts = results.filter((r) => r.properties?.status !== undefined);
    expect(countsOf(verdicts.map((r) => r.properties!.status!))).toEqual({ ...expected, pass: 0, not_applicable: 0 });
    expect(verdicts.filter((r) => r.level === 'note')).toHaveLength(expected.pending);
    expect(results.filter((r) => r.properties?.status === undefined).map((r) => r.ruleId)).toEqual(
      report.problems.map((p) => p.code),
    );
  });

  it('SARIF fingerprints each missed target by rule, scope, county and year: one alert each, however the rows move', () => {
    const sarif = JSON.parse(read('findings.sarif')) as SarifLog;
    const verdicts = sarif.runs[0]!.results.filter((r) => r.properties?.status !== undefined);
    expect(verdicts.length).toBeGreaterThan(10);
    for (const { ruleId, properties, partialFingerprints } of verdicts) {
      const { county = null, year = null } = properties!;
      expect(partialFingerprints?.['duibiao/countyYear/v1']).toBe(
        `${ruleId}|${county === null ? 'total' : 'county'}|${county ?? ''}|${year ?? ''}`,
      );
    }
  });

  it('the table says the same counts in its summary line', () => {
    expect(run.stdout).toContain(
      `达标 ${expected.pass} · 未达标 ${expected.fail} · 待到期 ${expected.pending} · 缺数据 ${expected.missing} · 数据无效 ${expected.invalid} · 不适用 ${expected.not_applicable}`,
    );
  });
});

describe('one run, the other formats to files: github, csv and markdown', () => {
  const run = duibiao(
    'check',
    ...INPUTS,
    '-f',
    `json:${file('all.json')}`,
    '-f',
    `github:${file('github.txt')}`,
    '-f',
    `csv:${file('findings.csv')}`,
    '-f',
    `markdown:${file('comment.md')}`,
  );
  const report = JSON.parse(read('all.json')) as Report;
  const county = report.findings.filter((f) => f.scope === 'county');
  const misses = county.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable');

  it('writes nothing to stdout when every format has a file', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('CSV has one row per verdict, county and total alike, with the same statuses', () => {
    const rows = parse<Record<string, string>>(read('findings.csv'), { bom: true, columns: true });
    expect(rows).toHaveLength(report.findings.length);
    expect(countsOf(rows.filter((r) => r.scope === 'county').map((r) => r.status!))).toEqual(
      countsOf(county.map((f) => f.status)),
    );
    // No waivers in this run: nothing is waived.
    expect({ ...countsOf(rows.filter((r) => r.scope === 'total').map((r) => r.status!)), waived: 0 }).toEqual(
      report.summary.totals,
    );
  });

  it('GitHub has an annotation per miss and per data problem, at its level', () => {
    const lines = read('github.txt').trimEnd().split('\n');
    const commands = lines.filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(misses.length + report.problems.length);
    expect(commands.filter((line) => line.startsWith('::notice '))).toHaveLength(
      misses.filter((f) => f.status === 'pending').length + report.problems.filter((p) => p.level === 'notice').length,
    );
    expect(lines.at(-1)).toMatch(/→ 退出码 1$/);
  });

  it('GitHub says the status word once, in a verdict without a figure too (缺数据, not 缺数据: 缺数据)', () => {
    const messages = read('github.txt')
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map((line) => line.slice(line.indexOf('::', 2) + 2));
    const words = ['未达标', '待到期', '缺数据', '数据无效'];
    // Each status of this run is there, so that the check below checks something.
    for (const word of words) expect(messages.some((message) => message.startsWith(`${word}: `))).toBe(true);
    for (const word of words) expect(messages.filter((message) => message.includes(`${word}: ${word}`))).toEqual([]);
  });

  it('markdown has a scoreboard row per county-year, and a table row per miss and per data problem', () => {
    const heads = ['| 名次 |', '| 状态 |', '| 位置 |'];
    const rows = read('comment.md')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !heads.some((head) => line.startsWith(head)));
    expect(rows).toHaveLength(report.summary.rows! + misses.length + report.problems.length);
  });
});

describe('choosing outputs', () => {
  it.each([
    { given: ['-f', 'json', '-f', 'sarif'], error: '最多一种格式写到标准输出' },
    { given: ['-f', 'json', '-f', 'sarif:x.sarif', '-o', 'x.json'], error: '--output 只接受一种格式' },
    { given: ['-f', 'json:same.out', '-f', 'sarif:./same.out'], error: '都写入 ./same.out' },
    { given: ['-f', 'json:a.json', '-o', 'b.json'], error: '已经指定了文件' },
    { given: ['-f', 'junit:'], error: '冒号后没有文件名' },
    { given: ['-f', 'pdf'], error: '可选 table, json, summary, junit, sarif, github, csv, markdown' },
  ])('given $given, exits 2 with one line and writes nothing', ({ given, error }) => {
    const run = duibiao('check', 'fixtures/all-targets-met.csv', ...given);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(error);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    { failOn: 'error', code: 1 },
    { failOn: 'warning', code: 1 },
    { failOn: 'never', code: 0 },
  ])('given --fail-on $failOn and every format at once, exits $code', ({ failOn, code }) => {
    const files = ['json', 'junit', 'sarif', 'github', 'csv', 'markdown'].flatMap((format) => [
      '-f',
      `${format}:${file(`fail-on-${failOn}.${format}`)}`,
    ]);
    expect(
      duibiao(
        'check',
        'fixtures/sample-prefecture-2022.csv',
        '--as-of',
        '2022-12-31',
        '--fail-on',
        failOn,
        '-f',
        'table',
        ...files,
      ).code,
    ).toBe(code);
  });
});

describe('a reader that stops early (| head)', () => {
  it('still gets every report file written and the check exit code', () => {
    // Four copies of the sample (four files: one file named twice is read once) make a CSV larger than
    // a pipe holds, so the writer meets a closed pipe.
    const inputs = [1, 2, 3, 4]
      .map((n) => {
        copyFileSync(join(ROOT, 'fixtures/sample-prefecture-2022.csv'), file(`copy-${n}.csv`));
        return file(`copy-${n}.csv`);
      })
      .join(' ');
    const script = `node bin/duibiao.js check ${inputs} --as-of 2022-12-31 -f csv -f json:${file('early.json')} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('1');
    expect((JSON.parse(read('early.json')) as Report).summary.rows).toBe(32);
  });
});

describe('the table in English', () => {
  it('given --lang en, keeps each heading and level of the targets table whole, split inside no word', () => {
    const { stdout } = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31', '--lang', 'en');
    const targets = stdout.slice(stdout.indexOf('By target'), stdout.lastIndexOf('8 rows'));
    expect(targets).toMatch(/^target\s+counties met\s+prefecture\s+severity$/m);
    expect(targets.split('\n').filter((line) => /\b(erro|warn|warni|warnin)$/.test(line.trimEnd()))).toEqual([]);
    expect(targets).toMatch(/ error$/m);
  });
});
