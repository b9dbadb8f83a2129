// The yearly round: the roster of expected counties, waivers, a baseline, and the config file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson, duibiao, ROOT, stopOf, verdictOf, type Finding, type Report } from './run.js';
import { junitErrors, sarifErrors } from './schemas.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const AT = ['--as-of', '2022-12-31'];
const ROUND = 'fixtures/round';
const ROSTER = `${ROUND}/roster-9-counties.csv`;
const GRANTED = `${ROUND}/waivers-one-granted.yaml`;
const EXPIRED = `${ROUND}/waivers-expired-and-unused.yaml`;
const LAST_YEAR = `${ROUND}/baseline-2021-report.json`;
const SAME_YEAR = `${ROUND}/baseline-2022-first-submission.json`;

type RoundFinding = Finding & {
  waiver?: { reason: string; approved_by: string; expires: string; file: string; line: number; status: string };
  change?: string;
};
type RoundReport = Report & {
  findings: RoundFinding[];
  summary: Report['summary'] & { changes?: Record<string, number> };
};
const round = (...args: string[]) => checkJson(SAMPLE, ...AT, ...args);

const dir = mkdtempSync(join(tmpdir(), 'duibiao-round-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--counties: the 8-county sample against a roster of 9', () => {
  it.each([ROSTER, `${ROUND}/roster-9-counties.yaml`])(
    'given %s, names the ninth county as not submitted, at its roster line, and fails the run',
    (roster) => {
      const { code, report } = round('--counties', roster);
      expect(code).toBe(1);
      const missing = report.problems.filter((p) => p.code === 'county-not-submitted');
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatchObject({ file: roster, level: 'error', line: roster.endsWith('.csv') ? 11 : 10 });
      expect(missing[0]!.message).toContain('白河县');
      expect(missing[0]!.message).toContain('2022');
      expect(report.summary.problems).toBe(1);
      expect(report.findings.filter((f) => f.scope === 'county')).toHaveLength(8 * 19);
    },
  );

  it('shows the county that did not submit in the table, above the misses', () => {
    const run = duibiao('check', SAMPLE, ...AT, '--counties', ROSTER);
    expect(run.stdout).toMatch(/未报送[^\n]*\n\s+白河县 未报送 2022 年度数据/);
    expect(run.stdout.indexOf('白河县')).toBeLessThan(run.stdout.indexOf('排名与未达标'));
  });

  it("takes a row with a listed county's code as that county whatever its name (白河 for 白河县), and names a code that differs from the roster", () => {
    const { report } = checkJson(`${ROUND}/short-name-and-wrong-code.csv`, ...AT, '--counties', ROSTER);
    expect(report.problems.find((p) => p.code === 'county-name-variant')).toMatchObject({
      line: 2,
      column: 'county',
      level: 'notice',
    });
    expect(report.problems.filter((p) => p.code === 'unknown-county')).toEqual([]);
    expect(report.problems.find((p) => p.code === 'name-code-mismatch')).toMatchObject({
      line: 3,
      column: 'county_code',
    });
    // 白河 with 白河县's code is 白河县: submitted, and its verdicts are 白河县's.
    expect(
      report.problems
        .filter((p) => p.code === 'county-not-submitted')
        .map((p) => p.message)
        .join(),
    ).not.toContain('白河县');
    expect(report.findings.filter((f) => f.county === '白河县' && f.scope === 'county')).toHaveLength(19);
    expect(report.findings.filter((f) => f.county === '白河')).toEqual([]);
  });

  it('given names as counties wrote them, each listed code names its county; a name without a code is unknown, with a did-you-mean', () => {
    const { report } = checkJson(`${ROUND}/names-as-counties-wrote-them.csv`, ...AT, '--counties', ROSTER);
    const codes = (code: string) => report.problems.filter((p) => p.code === code);
    // 石桥 and 雲溪縣 under 石桥县's and 云溪县's codes.
    expect(codes('county-name-variant').map((p) => [p.line, p.level])).toEqual([
      [2, 'notice'],
      [3, 'notice'],
    ]);
    expect(codes('unknown-county').map((p) => p.line)).toEqual([4]);
    expect(codes('unknown-county')[0]!.message).toContain('白水县');
    // 松林县 is a listed name: it keeps it, and the code of 枫岭县 it carries is a mismatch, not 枫岭县.
    expect(codes('name-code-mismatch').map((p) => p.line)).toEqual([5]);
    const notSubmitted = codes('county-not-submitted')
      .map((p) => p.message)
      .join();
    for (const county of ['石桥县', '云溪县', '松林县']) expect(notSubmitted).not.toContain(county);
    for (const county of ['白水县', '枫岭县']) expect(notSubmitted).toContain(county);
    expect([...new Set(report.findings.filter((f) => f.scope === 'county').map((f) => f.county))].sort()).toEqual(
      ['云溪县', '松林县', '白水', '石桥县'].sort(),
    );
  });

  it('without a roster, a name is the county as written', () => {
    const { report } = checkJson(`${ROUND}/names-as-counties-wrote-them.csv`, ...AT);
    expect(report.problems.filter((p) => p.code === 'county-name-variant')).toEqual([]);
    expect(report.findings.some((f) => f.county === '雲溪縣')).toBe(true);
  });

  it('stops at a roster without a county column (exit 2)', () => {
    const run = duibiao('check', SAMPLE, '--counties', `${ROUND}/roster-without-county-column.csv`);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('roster-invalid');
  });

  it('stops at a roster that is not there (exit 2), saying once that it cannot be read', () => {
    const run = duibiao('check', SAMPLE, '--counties', `${ROUND}/no-such-roster.csv`);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('roster-invalid');
    expect(run.stderr.split('无法读取')).toHaveLength(2);
    expect(run.stderr).toContain('应报县名单');
  });

  it('template --counties pre-fills one row per county with its name and code', () => {
    const run = duibiao('template', '--counties', ROSTER);
    const lines = run.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 9);
    expect(lines[9]!.startsWith('白河县,439909,,')).toBe(true);
    expect(lines[1]!.split(',')).toHaveLength(lines[0]!.split(',').length);
  });

  it('template --format xlsx takes --counties and --english as the CSV does: one row per county under the English names, read back by the checker', async () => {
    const file = join(dir, '2022年报送表.xlsx');
    expect(duibiao('template', '--format', 'xlsx', '--counties', ROSTER, '--english', '-o', file).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const form = book.getWorksheet('填报表')!;
    const csv = duibiao('template', '--english', '--counties', ROSTER)
      .stdout.replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(form.getRow(1).values).toEqual([undefined, ...csv[0]!.split(',')]);
    expect(form.getRow(10).getCell(1).value).toBe('白河县');
    expect(form.getRow(10).getCell(2).value).toBe('439909');
    const { report } = checkJson(file, ...AT, '--sheet', '1', '--counties', ROSTER);
    expect(report.inputs.map((input) => input.rows)).toEqual([9]);
    expect(
      report.problems.filter(
        (p) => p.code === 'unknown-column' || p.code === 'county-not-submitted' || p.code === 'unknown-county',
      ),
    ).toEqual([]);
  });
});

describe('--waivers', () => {
  it('turns the waived fail into waived, with the waiver it came from, counted apart', () => {
    const plain = round().report;
    const { code, report } = round('--waivers', GRANTED);
    const waived = verdictOf(report, '竹湾县', 'disability.rehab-coverage') as RoundFinding;
    expect(verdictOf(plain, '竹湾县', 'disability.rehab-coverage')!.status).toBe('fail');
    expect(waived.status).toBe('waived');
    expect(waived.waiver).toEqual({
      reason: '县康复中心改建，2023年6月前服务量受限',
      approved_by: '州残联 李明',
      expires: '2023-06-30',
      file: GRANTED,
      line: 2,
      status: 'fail',
    });
    expect(report.summary).toMatchObject({ waived: 1, fail: plain.summary.fail! - 1, problems: 0 });
    // Other misses remain.
    expect(code).toBe(1);
  });

  it('keeps the fail of an expired waiver and says so, and names a waiver that matches nothing', () => {
    const { report } = round('--waivers', EXPIRED);
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')!.status).toBe('fail');
    expect(report.summary.waived).toBe(0);
    expect(report.problems.map((p) => [p.code, p.level, p.line])).toEqual([
      ['waiver-expired', 'notice', 2],
      ['waiver-unused', 'notice', 7],
    ]);
  });

  it('an expired waiver applies while the as-of date is within it', () => {
    const { report } = checkJson(SAMPLE, '--as-of', '2022-06-30', '--waivers', EXPIRED);
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')!.status).toBe('waived');
  });

  it('stops at a waivers file with mistakes, naming every one at file:line:column (exit 2)', () => {
    const run = duibiao('check', SAMPLE, '--waivers', `${ROUND}/waivers-with-four-mistakes.yaml`);
    expect(run.code).toBe(2);
    const stop = stopOf(run);
    expect(stop.code).toBe('waivers-invalid');
    expect(stop.details.map((d) => `${d.location} ${d.code}`)).toEqual([
      `${ROUND}/waivers-with-four-mistakes.yaml:2:9 unknown-rule`,
      `${ROUND}/waivers-with-four-mistakes.yaml:6:3 pack-schema`,
      `${ROUND}/waivers-with-four-mistakes.yaml:9:12 pack-schema`,
      `${ROUND}/waivers-with-four-mistakes.yaml:15:3 pack-unknown-key`,
    ]);
  });

  it('shows the reason in the table, markdown, csv and github formats', () => {
    for (const format of ['table', 'markdown', 'csv', 'github']) {
      expect(duibiao('check', SAMPLE, ...AT, '--waivers', GRANTED, '-f', format).stdout, format).toContain(
        '县康复中心改建',
      );
    }
  });

  it('is skipped with its reason in JUnit, and the JUnit still validates', async () => {
    const xml = duibiao('check', SAMPLE, ...AT, '--waivers', GRANTED, '-f', 'junit').stdout;
    expect(xml).toMatch(
      /<testcase name="竹湾县 2022" classname="disability.rehab-coverage" time="0"><skipped message="豁免: 县康复中心改建/,
    );
    expect(await junitErrors(xml)).toEqual([]);
  });

  it('is an external suppression with its justification in SARIF, and the SARIF still validates', () => {
    const sarif = JSON.parse(duibiao('check', SAMPLE, ...AT, '--waivers', GRANTED, '-f', 'sarif').stdout) as {
      runs: {
        results: {
          ruleId: string;
          suppressions?: { kind: string; justification: string }[];
          properties?: { county?: string };
        }[];
      }[];
    };
    const suppressed = sarif.runs[0]!.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ ruleId: 'disability.rehab-coverage', properties: { county: '竹湾县' } });
    expect(suppressed[0]!.suppressions![0]!.kind).toBe('external');
    expect(suppressed[0]!.suppressions![0]!.justification).toContain('县康复中心改建');
    expect(sarifErrors(sarif)).toEqual([]);
  });
});

describe('--baseline', () => {
  const { code, report } = round('--baseline', LAST_YEAR);
  const change = (county: string, rule: string) => (verdictOf(report, county, rule) as RoundFinding).change;

  it("marks this year's misses against last year's report: new, persisting, fixed, same", () => {
    expect(change('松林县', 'assistance.minor-protection-center')).toBe('new');
    expect(change('石桥县', 'eldercare.township-center-coverage')).toBe('persisting');
    expect(change('青岚市', 'eldercare.daycare-demo-site')).toBe('fixed');
    expect(change('青岚市', 'assistance.all-eligible-enrolled')).toBe('same');
    // Passing is `pass` alone: a target not applicable in both years is not passing in both.
    expect(change('梅江区', 'eldercare.village-mutual-aid-coverage')).toBe('persisting');
    expect(report.summary.changes).toEqual({ new: 1, persisting: 14, fixed: 1, same: 136 });
    expect(
      report.findings.filter((f) => f.scope === 'total').every((f) => (f as RoundFinding).change === undefined),
    ).toBe(true);
    expect(code).toBe(1);
  });

  it('leads the table and the markdown with what is new and what was fixed', () => {
    // Before the scoreboard, which leads the table and the markdown when there is no baseline.
    for (const [format, scoreboard] of [
      ['table', '排名与未达标'],
      ['markdown', '#### 排名'],
    ]) {
      const text = duibiao('check', SAMPLE, ...AT, '--baseline', LAST_YEAR, '-f', format!).stdout;
      const [fresh, fixed, misses] = ['新增未达标（与基线相比）', '已整改（与基线相比）', scoreboard!].map((heading) =>
        text.indexOf(heading),
      );
      expect(fresh, format).toBeGreaterThan(0);
      expect(fresh).toBeLessThan(fixed!);
      expect(fixed).toBeLessThan(misses!);
    }
  });

  it('--fail-on-new fails on the one new miss, and exits 0 when only persisting misses remain', () => {
    expect(duibiao('check', SAMPLE, ...AT, '--baseline', LAST_YEAR, '--fail-on-new', '-f', 'summary').code).toBe(1);
    const resubmitted = round('--baseline', SAME_YEAR, '--fail-on-new');
    expect(resubmitted.report.summary.changes).toMatchObject({ new: 0, fixed: 0 });
    expect(resubmitted.report.summary.fail).toBeGreaterThan(0);
    expect(resubmitted.code).toBe(0);
  });

  it('--fail-on-new without a baseline is a usage mistake (exit 2)', () => {
    const run = duibiao('check', SAMPLE, '--fail-on-new');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('usage');
  });

  it('says so when the baseline comes from another pack, and still matches by rule id', () => {
    const other = JSON.parse(readFileSync(join(ROOT, LAST_YEAR), 'utf8')) as RoundReport;
    const file = join(dir, 'other-pack.json');
    writeFileSync(file, JSON.stringify({ ...other, pack: { id: 'speech-2021', title: '2021' } }));
    const { report: compared } = round('--baseline', file);
    expect(compared.problems.map((p) => [p.code, p.level])).toEqual([['baseline-other-pack', 'notice']]);
    expect(compared.summary.changes).toEqual(report.summary.changes);
  });

  it('stops at a baseline that is not a JSON report (exit 2)', () => {
    const file = join(dir, 'not-a-report.json');
    writeFileSync(file, '{"findings": "none"}');
    const run = duibiao('check', SAMPLE, '--baseline', file);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('baseline-invalid');
  });
});

describe('the config file', () => {
  const CONFIG = `${ROUND}/duibiao.config.yaml`;

  it('--config sets the roster, waivers and baseline, its paths relative to itself', () => {
    const { code, report } = round('--config', CONFIG);
    expect(report.problems.map((p) => p.code)).toEqual(['county-not-submitted']);
    expect(report.summary.waived).toBe(1);
    expect(report.summary.changes).toBeDefined();
    // failOnNew: true, but the roster's problem is a data problem, which still fails.
    expect(code).toBe(1);
  });

  it('a flag overrides the config', () => {
    expect(round('--config', CONFIG, '--fail-on', 'never').code).toBe(0);
    const { report } = round('--config', CONFIG, '--waivers', EXPIRED);
    expect(report.summary.waived).toBe(0);
  });

  it('duibiao.config.yaml in the working directory is read without a flag', () => {
    const work = mkdtempSync(join(dir, 'cwd-'));
    // A config names files in its own folder only (config-path-outside): the waivers sit beside it.
    copyFileSync(join(ROOT, GRANTED), join(work, 'waivers.yaml'));
    writeFileSync(join(work, 'duibiao.config.yaml'), 'format: json\nwaivers: waivers.yaml\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/duibiao.js'), 'check', join(ROOT, SAMPLE), ...AT], {
      cwd: work,
      encoding: 'utf8',
    });
    expect((JSON.parse(run.stdout) as RoundReport).summary.waived).toBe(1);
  });

  it('stops at a config with mistakes, each at file:line:column (exit 2)', () => {
    const file = join(dir, 'bad.config.yaml');
    writeFileSync(file, 'counties: roster.csv\nfailon: warning\nfailOn: sometimes\n');
    const run = duibiao('check', SAMPLE, '--config', file);
    expect(run.code).toBe(2);
    const stop = stopOf(run);
    expect(stop.code).toBe('config-invalid');
    expect(stop.details.map((d) => [d.location.replace(`${file}:`, ''), d.code])).toEqual([
      ['2:1', 'pack-unknown-key'],
      ['3:9', 'pack-schema'],
    ]);
  });
});

describe('waivers and a baseline on an input large enough to stream its JSON findings (≥ 256 KiB)', () => {
  // The sample's rows, then 1700 copies of its first row under other county names.
  const [header, ...rows] = readFileSync(join(ROOT, SAMPLE), 'utf8').trimEnd().split(/\r?\n/);
  const copies = Array.from({ length: 1700 }, (_, i) => rows[0]!.replace(/^青岚市,439901,/, `测试${i}县,,`));
  const large = join(dir, 'sample-with-1700-more-counties.csv');
  writeFileSync(large, [header, ...rows, ...copies].join('\r\n'));
  const args = [large, ...AT, '--waivers', GRANTED, '--baseline', LAST_YEAR];

  it.each(['stdout', 'a file'])('to %s, writes every verdict with the waiver and the change applied', (to) => {
    const out = join(dir, 'large.json');
    const run =
      to === 'stdout' ? duibiao('check', ...args, '-f', 'json') : duibiao('check', ...args, '-f', `json:${out}`);
    expect(run.code).toBe(1);
    const report = JSON.parse(to === 'stdout' ? run.stdout : readFileSync(out, 'utf8')) as RoundReport;
    expect(readFileSync(large).length).toBeGreaterThanOrEqual(256 * 1024);
    expect(report.summary.rows).toBe(1708);
    expect(report.findings.filter((f) => f.scope === 'county')).toHaveLength(1708 * 19);
    expect(report.summary.waived).toBe(1);
    expect(verdictOf(report, '竹湾县', 'disability.rehab-coverage')!.status).toBe('waived');
    // The copies are in no baseline: their misses are new, their passes the same.
    expect(report.summary.changes).toMatchObject({ new: 1, fixed: 1 });
    expect((verdictOf(report, '测试0县', RULE_OF_COPIES) as RoundFinding).change).toBe('same');
  });
});

const RULE_OF_COPIES = 'assistance.all-eligible-enrolled';
