// Deadlines are judged at the day of the run unless --as-of says otherwise: a 2022 return filed on
// 2022-12-20 that misses a year-end target is overdue years later, not "not due yet". Every test
// run is given its day (DUIBIAO_TODAY, run.ts), but one, which holds the default to the clock.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PYTHON } from '../helpers/python.js';
import { checkJson, duibiao, duibiaoWith, stopOf, TODAY, verdictOf, type Report } from './run.js';

// 云溪县 has 0 of 1 day-care demonstration sites (due 2022-12-31); every other target is met.
const FILED = 'fixtures/daycare-site-missed-filed-2022-12-20.csv';
const DAYCARE = 'eldercare.daycare-demo-site';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-deadlines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the default: the day of the run', () => {
  it('given a 2022 return filed 2022-12-20 with a missed year-end target and no --as-of, fails it as overdue since 2022-12-31 (exit 1)', () => {
    const { code, report } = checkJson(FILED);
    expect(report.asOf).toBe(TODAY);
    const verdict = verdictOf(report, '云溪县', DAYCARE)!;
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('2022-12-31');
    expect(report.summary).toMatchObject({ fail: 1, pending: 0 });
    expect(code).toBe(1);
  });

  it('says it is overdue in English too', () => {
    const { report } = checkJson(FILED, '--lang', 'en');
    expect(verdictOf(report, '云溪县', DAYCARE)!.message).toMatch(/overdue.*2022-12-31/);
  });

  it('given the day of the run before the deadline, the same miss is pending and the run passes', () => {
    const run = duibiaoWith({ DUIBIAO_TODAY: '2022-12-20' }, 'check', FILED, '-f', 'json');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.asOf).toBe('2022-12-20');
    expect(verdictOf(report, '云溪县', DAYCARE)!.status).toBe('pending');
    expect(run.code).toBe(0);
  });

  it('given no DUIBIAO_TODAY, judges at the local date of the clock', () => {
    const day = (): string => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    };
    const before = day();
    const run = duibiaoWith({ DUIBIAO_TODAY: undefined }, 'check', FILED, '-f', 'json');
    const after = day();
    expect([before, after]).toContain((JSON.parse(run.stdout) as Report).asOf);
  });

  it('given a DUIBIAO_TODAY that is not a date, stops with a usage error (exit 2); a blank one is unset', () => {
    const bad = duibiaoWith({ DUIBIAO_TODAY: '2025-02-30' }, 'check', FILED);
    expect(bad.code).toBe(2);
    expect(stopOf(bad).code).toBe('usage');
    expect(bad.stderr).toContain('DUIBIAO_TODAY');
    expect(duibiaoWith({ DUIBIAO_TODAY: '' }, 'check', FILED, '-f', 'json').code).toBe(1);
  });

  it('given an unreadable report_date, still judges the row at the day of the run, and names the cell', () => {
    const { report } = checkJson('fixtures/dotted-report-dates.csv');
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['invalid-date', 5]]);
    expect(verdictOf(report, '云溪县', DAYCARE)!.status).toBe('fail');
  });
});

describe('--as-of', () => {
  it('given report-date, judges each row at its report_date as before: pending, asOf "report-date", exit 0', () => {
    const { code, report } = checkJson(FILED, '--as-of', 'report-date');
    expect(report.asOf).toBe('report-date');
    const verdict = verdictOf(report, '云溪县', DAYCARE)!;
    expect(verdict.status).toBe('pending');
    expect(verdict.message).toContain('2022-12-31');
    expect(code).toBe(0);
  });

  it.each([
    { given: '2022-12-31', asOf: '2022-12-31', status: 'fail' },
    { given: '2022/12/31', asOf: '2022-12-31', status: 'fail' },
    { given: '2022.12.31', asOf: '2022-12-31', status: 'fail' },
    { given: '2022年12月31日', asOf: '2022-12-31', status: 'fail' },
    { given: '2022/6/30', asOf: '2022-06-30', status: 'pending' },
  ])('given $given, as a date cell reads it, judges at $asOf: $status', ({ given, asOf, status }) => {
    const { report } = checkJson(FILED, '--as-of', given);
    expect(report.asOf).toBe(asOf);
    expect(verdictOf(report, '云溪县', DAYCARE)!.status).toBe(status);
  });

  it.each(['2022-02-30', '2022/13/01', 'today', '20221231', ''])(
    'given %j, stops with a usage error (exit 2)',
    (given) => {
      const run = duibiao('check', FILED, '--as-of', given);
      expect(run.code).toBe(2);
      expect(stopOf(run).code).toBe('usage');
    },
  );
});

describe('asOf in duibiao.config.yaml', () => {
  const config = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('given asOf: report-date, judges each row at its report_date; --as-of on the command line overrides it', () => {
    const file = config('report-date.yaml', 'asOf: report-date\n');
    expect(checkJson(FILED, '--config', file).report.asOf).toBe('report-date');
    expect(checkJson(FILED, '--config', file, '--as-of', '2023-01-01').report.asOf).toBe('2023-01-01');
  });

  it('given asOf: 2022/12/31, reads it as --as-of would', () => {
    expect(checkJson(FILED, '--config', config('slashes.yaml', 'asOf: 2022/12/31\n')).report.asOf).toBe('2022-12-31');
  });

  it('given an asOf that is not a date, stops with config-invalid at its line', () => {
    const run = duibiao('check', FILED, '--config', config('bad.yaml', 'failOn: error\nasOf: 2022-02-30\n'));
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('config-invalid');
    expect(run.stderr).toContain('bad.yaml:2');
  });
});

describe('every format says the as-of date it used', () => {
  const at = (format: string, ...args: string[]): string => duibiao('check', FILED, '-f', format, ...args).stdout;

  it.each([
    { format: 'table', line: (out: string) => out.split('\n')[0]! },
    { format: 'markdown', line: (out: string) => out.split('\n')[0]! },
    { format: 'summary', line: (out: string) => out.trimEnd().split('\n').at(-1)! },
    { format: 'github', line: (out: string) => out.trimEnd().split('\n').at(-1)! },
  ])('$format: the day of the run by default, the date given, or report-date', ({ format, line }) => {
    const [today, given, rows] = [[], ['--as-of', '2022-06-30'], ['--as-of', 'report-date']].map((args) =>
      line(at(format, ...args)),
    );
    expect(today).toContain(TODAY);
    expect(given).toContain('2022-06-30');
    expect(given).not.toContain(TODAY);
    // Under report-date, the day of the run is the date of the rows that have none.
    expect(rows).toContain(TODAY);
    expect(rows).not.toBe(today);
  });

  it('html: the bulletin says it under its title', () => {
    const file = join(dir, 'bulletin.html');
    duibiao('check', FILED, '-f', `html:${file}`, '--as-of', '2022-06-30');
    expect(readFileSync(file, 'utf8')).toContain('2022-06-30');
  });

  it('json and sarif: asOf, the date or "report-date"; junit: each suite\'s asOf property, and the timestamp', () => {
    const sarif = (...args: string[]) =>
      (JSON.parse(at('sarif', ...args)) as { runs: { properties: { asOf: string } }[] }).runs[0]!.properties.asOf;
    expect(sarif()).toBe(TODAY);
    expect(sarif('--as-of', 'report-date')).toBe('report-date');
    const junit = at('junit', '--as-of', 'report-date');
    expect(junit).toContain('<property name="asOf" value="report-date"/>');
    // The timestamp is a date: under report-date, the day of the run.
    expect(junit).toContain(`timestamp="${TODAY}T00:00:00"`);
    expect(at('junit', '--as-of', '2022-06-30')).toContain('<property name="asOf" value="2022-06-30"/>');
  });

  it.runIf(PYTHON)('xlsx: the header of every printed page of every sheet', () => {
    const file = join(dir, 'report.xlsx');
    expect(duibiao('check', FILED, '-f', `xlsx:${file}`, '--as-of', '2022-06-30').code).toBe(0);
    const script =
      'import openpyxl,sys\nfor ws in openpyxl.load_workbook(sys.argv[1]).worksheets: print(ws.title, ws.oddHeader.right.text)';
    const lines = spawnSync(PYTHON!, ['-c', script, file], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain('2022-06-30');
  });
});

describe('an overdue miss in the reports that show actual against target', () => {
  const shown = (format: string, ...args: string[]): string => {
    if (format !== 'html') return duibiao('check', FILED, '-f', format, ...args).stdout;
    const file = join(dir, `overdue-${args.join('-') || 'zh'}.html`);
    duibiao('check', FILED, '-f', `html:${file}`, ...args);
    return readFileSync(file, 'utf8');
  };

  // The table wraps a long cell over lines, beside the next column's: its words are read in two
  // parts, with the spaces taken out.
  const flat = (text: string): string => text.replace(/\s+/g, '');

  for (const format of ['table', 'markdown', 'github', 'html']) {
    it(`${format}: says it is overdue and when it fell due, in zh and en; a pending miss does not`, () => {
      const zh = flat(shown(format));
      expect(zh).toMatch(/0(<|&lt;)1·逾期（应于/);
      expect(zh).toContain('2022-12-31前）');
      const en = flat(shown(format, '--lang', 'en'));
      expect(en).toMatch(/0(<|&lt;)1·overdue\(due/);
      expect(en).toContain('2022-12-31)');
      expect(shown(format, '--as-of', '2022-12-20')).not.toContain('逾期');
    });
  }
});
