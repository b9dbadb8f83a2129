// Every format on a large input, and on a header of a million commas, within a memory bound. The
// peak RSS of the child process is read as a bound with a wide margin, not as a timing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const FORMATS = ['json', 'csv', 'junit', 'sarif', 'markdown', 'table', 'github', 'html'] as const;
/** Far above what a bounded run takes (some 200 MiB), far below what holding every verdict took (1.5 GiB and more). */
const BOUND_MIB = 600;
const SAMPLE = join(ROOT, 'fixtures/sample-prefecture-2022.csv');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-bounded-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built command with every format to its own file; its exit code and peak RSS in MiB. */
function runEveryFormat(args: string[]): { code: number | null; peakMiB: number; out: (format: string) => string } {
  const rssFile = join(dir, `rss-${Date.now()}.txt`);
  const outDir = mkdtempSync(join(dir, 'out-'));
  const run = spawnSync(
    process.execPath,
    ['bin/duibiao.js', 'check', ...args, ...FORMATS.flatMap((f) => ['-f', `${f}:${join(outDir, `report.${f}`)}`])],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        BENCH_RSS_FILE: rssFile,
        NODE_OPTIONS: `--import=${join(ROOT, 'bench/rss.mjs')}`,
      },
    },
  );
  expect(run.stderr).toBe('');
  const peakKiB = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  return { code: run.status, peakMiB: peakKiB / 1024, out: (format) => join(outDir, `report.${format}`) };
}

describe('every format stays within a memory bound', () => {
  it('given 200,000 rows, half of them repeating a county-year, writes every format whole', () => {
    const file = join(dir, 'two-hundred-thousand-rows-half-duplicates.csv');
    const lines = ['县市区,年度,乡镇(街道)总数,建有综合性养老服务中心的乡镇(街道)数,政策已出台'];
    // Half the rows repeat the county-year before them: a hundred thousand problems, most of them spooled.
    for (let i = 0; i < 200_000; i++)
      lines.push(`青山${Math.floor(i / 2)}县,2022,${10 + (i % 7)},${i % 11},${i % 3 ? '是' : '否'}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = runEveryFormat([file, '-r', 'fixtures/packs/minimal-valid.yaml', '--as-of', '2022-12-31']);
    expect(run.code).toBe(1);
    expect(run.peakMiB).toBeLessThan(BOUND_MIB);
    const report = JSON.parse(readFileSync(run.out('json'), 'utf8')) as {
      findings: unknown[];
      problems: { code: string }[];
      summary: { rows: number; problems: number };
    };
    expect(report.summary.rows).toBe(200_000);
    // Nothing lost: every problem counted is written, the spooled ones too.
    expect(report.problems).toHaveLength(report.summary.problems);
    expect(report.problems.filter((p) => p.code === 'duplicate-row-key')).toHaveLength(100_000);
    expect(report.findings.length).toBeGreaterThanOrEqual(200_000);
    expect(readFileSync(run.out('csv'), 'utf8').split('\r\n').length).toBeGreaterThan(200_000);
    expect(readFileSync(run.out('table'), 'utf8').split('\n').length).toBeLessThan(1_000);
    expect(readFileSync(run.out('markdown'), 'utf8').split('\n').length).toBeLessThan(1_000);
    // The bulletin, read from the spool as the others are, shows a bounded page and counts what it leaves out.
    const page = readFileSync(run.out('html'), 'utf8');
    expect(page.length).toBeLessThan(3_000_000);
    expect(page).toContain(String(report.summary.problems));
    // No temporary file left beside the reports.
    expect(readdirSync(join(run.out('json'), '..')).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 600_000);

  it('given 200,000 rows with a one-line waivers file, a baseline and a roster of two, stays as bounded as without and applies all three', () => {
    const file = join(dir, 'two-hundred-thousand-rows-with-a-round.csv');
    const lines = ['县市区,年度,乡镇(街道)总数,建有综合性养老服务中心的乡镇(街道)数,政策已出台'];
    for (let i = 0; i < 200_000; i++) lines.push(`青山${i}县,2022,10,${i % 11},是`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    // 青山0县 has 0 of 10: a miss the waiver covers; 青山1县 a miss the baseline already knew.
    const waivers = join(dir, 'one-waiver.yaml');
    writeFileSync(
      waivers,
      '- { county: 青山0县, rule: eldercare.coverage, reason: 区划调整, approved_by: 州民政局, expires: 2023-06-30 }\n',
    );
    const baseline = join(dir, 'baseline.json');
    const old = (county: string, status: string) => ({
      rule: 'eldercare.coverage',
      status,
      scope: 'county',
      county,
      year: 2021,
    });
    writeFileSync(
      baseline,
      JSON.stringify({
        tool: { name: 'duibiao', version: '0.0.0' },
        pack: { id: 'small' },
        findings: [old('青山1县', 'fail'), old('青山10县', 'fail')],
      }),
    );
    // Every other county is not on the roster: 199,999 problems, spooled as the run's own are.
    const roster = join(dir, 'roster-of-two.csv');
    writeFileSync(roster, 'county,county_code\n青山0县,1\n白河县,2\n');
    const run = runEveryFormat([
      file,
      '-r',
      'fixtures/packs/minimal-valid.yaml',
      '--as-of',
      '2022-12-31',
      '--waivers',
      waivers,
      '--baseline',
      baseline,
      '--counties',
      roster,
    ]);
    expect(run.peakMiB).toBeLessThan(BOUND_MIB);
    const report = JSON.parse(readFileSync(run.out('json'), 'utf8')) as {
      findings: { county: string | null; status: string; change?: string; waiver?: { status: string } }[];
      problems: { code: string }[];
      summary: { rows: number; waived: number; changes: Record<string, number> };
    };
    expect(report.summary.rows).toBe(200_000);
    expect(report.summary.waived).toBe(1);
    const of = (county: string) => report.findings.find((f) => f.county === county)!;
    expect(of('青山0县')).toMatchObject({ status: 'waived', change: 'new', waiver: { status: 'fail' } });
    expect(of('青山1县')).toMatchObject({ status: 'fail', change: 'persisting' });
    // 10 of 10 now, a fail before: fixed.
    expect(of('青山10县')).toMatchObject({ status: 'pass', change: 'fixed' });
    expect(report.summary.changes).toMatchObject({ persisting: 1, fixed: 1 });
    expect(report.problems.map((p) => p.code)).toContain('baseline-other-pack');
    expect(report.problems.map((p) => p.code)).not.toContain('waiver-unused');
    expect(report.problems.filter((p) => p.code === 'unknown-county')).toHaveLength(199_999);
    expect(report.problems.filter((p) => p.code === 'county-not-submitted')).toHaveLength(1);
    // The table leads with the county that sent nothing, read back from the spooled problems.
    expect(readFileSync(run.out('table'), 'utf8')).toContain('白河县');
  }, 600_000);

  it('given a header of a million commas, names the blank columns in one problem and writes every format', () => {
    const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    const file = join(dir, 'header-of-a-million-commas.csv');
    writeFileSync(file, `${header!.trimEnd()}${','.repeat(1 << 20)}\n${rows.join('\n')}\n`);
    const run = runEveryFormat([file, '--as-of', '2022-12-31']);
    expect(run.code).toBe(1);
    expect(run.peakMiB).toBeLessThan(BOUND_MIB);
    const report = JSON.parse(readFileSync(run.out('json'), 'utf8')) as {
      problems: { code: string; columnNumber?: number; message: string }[];
    };
    const blank = report.problems.filter((p) => p.code === 'blank-header');
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toContain(`–${38 + (1 << 20)} 列`);
    for (const format of ['sarif', 'table', 'markdown', 'junit'] as const)
      expect(readFileSync(run.out(format), 'utf8').length).toBeLessThan(1 << 20);
  }, 120_000);
});
