// Every kind of malformed data file: its code, its location and the exit code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, duibiao, STACK_LINE, stopOf, verdictOf } from './run.js';

type Spot = [code: string, line: number, columnNumber?: number];
const spots = (problems: { code: string; line: number; columnNumber?: number; level: string }[]): Spot[] =>
  problems
    .filter((p) => p.code !== 'missing-column' || p.level === 'error')
    .map((p) => (p.columnNumber === undefined ? [p.code, p.line] : [p.code, p.line, p.columnNumber]));

describe('data files that are wrong but readable: exit 1, every problem at its place, the rest still checked', () => {
  it.each([
    { given: 'empty-file.csv', rows: 0, expect: [['empty-file', 1]] },
    { given: 'only-blank-lines.csv', rows: 0, expect: [['empty-file', 1]] },
    { given: 'header-only.csv', rows: 0, expect: [['no-rows', 1]] },
    {
      given: 'blank-and-duplicate-headers.csv',
      rows: 1,
      expect: [
        ['blank-header', 1, 3],
        ['duplicate-label', 1, 4],
      ],
    },
    { given: 'proto-headers.csv', rows: 1, expect: [['unknown-column', 1]] },
    {
      given: 'short-and-long-rows.csv',
      rows: 4,
      expect: [
        ['missing-cell', 2, 4],
        ['extra-cell', 3, 5],
      ],
    },
    {
      given: 'blank-rows.csv',
      rows: 2,
      expect: [
        ['blank-row', 3],
        ['blank-row', 4],
      ],
    },
    { given: 'mixed-line-endings-no-final-newline.csv', rows: 4, expect: [['not-a-number', 6, 4]] },
    { given: 'gb18030-row-in-utf8.csv', rows: 3, expect: [['encoding-error', 3, 1]] },
    {
      given: 'codes-leading-zeros-and-excel-exponent.csv',
      rows: 3,
      expect: [
        ['invalid-code', 3, 2],
        ['scientific-notation', 4, 2],
      ],
    },
    {
      given: 'blank-county-and-year.csv',
      rows: 2,
      expect: [
        ['missing-key', 2],
        ['missing-key', 3],
      ],
    },
    { given: 'empty.yaml', rows: 0, expect: [['empty-file', 1]] },
    { given: 'empty-list.yaml', rows: 0, expect: [['no-rows', 1]] },
    // The absent key column is one problem for the file, as in a CSV file, not one per row.
    { given: 'rows-without-county.yaml', rows: 2, expect: [['missing-column', 1]] },
    {
      given: 'rows-with-duplicate-and-odd-keys.yaml',
      rows: 2,
      expect: [
        ['duplicate-label', 1, 3],
        ['blank-header', 1, 5],
        ['not-a-scalar', 1, 8],
        ['not-a-row', 9],
        ['unknown-column', 1],
      ],
    },
  ] as { given: string; rows: number; expect: Spot[] }[])(
    'given $given, reports $expect',
    ({ given, rows, expect: want }) => {
      const { code, report, stderr } = checkJson(`fixtures/${given}`, '--as-of', '2022-12-31');
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(report.summary.rows).toBe(rows);
      expect(spots(report.problems)).toEqual(want);
    },
  );

  it('given __proto__ and constructor headers, reads the row and pollutes nothing', () => {
    const { report } = checkJson('fixtures/proto-headers.csv', '--as-of', '2022-12-31');
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')!.status).toBe('missing');
    expect(report.problems[0]!.message).toContain("'__proto__', 'constructor', 'toString'");
  });

  it('given short and long rows, still reads every row after them', () => {
    const { report } = checkJson('fixtures/short-and-long-rows.csv', '--as-of', '2022-12-31');
    expect(verdictOf(report, '竹湾县', 'eldercare.township-center-coverage')).toMatchObject({
      status: 'pass',
      location: { line: 5 },
    });
  });

  it('given CRLF, LF and CR mixed, a CRLF inside a quoted cell and no final newline, keeps every line number right', () => {
    const { report } = checkJson('fixtures/mixed-line-endings-no-final-newline.csv', '--as-of', '2022-12-31');
    const lines = report.findings
      .filter((f) => f.rule === 'eldercare.township-center-coverage' && f.scope === 'county')
      .map((f) => f.location!.line);
    expect(lines).toEqual([2, 3, 4, 6]);
  });

  it('given a GB18030 row in a UTF-8 file, reads the other rows and never shows U+FFFD', () => {
    const run = duibiao('check', 'fixtures/gb18030-row-in-utf8.csv', '--as-of', '2022-12-31', '-f', 'json');
    expect(run.stdout).not.toContain('\uFFFD');
    expect(duibiao('check', 'fixtures/gb18030-row-in-utf8.csv', '--as-of', '2022-12-31').stdout).not.toContain(
      '\uFFFD',
    );
    const report = JSON.parse(run.stdout) as { inputs: { encoding: string }[] };
    expect(report.inputs[0]!.encoding).toBe('utf-8');
  });

  it.each([
    { given: 'excel-unicode-text.txt', encoding: 'utf-16le', rows: 2 },
    { given: 'semicolon-separated.csv', encoding: 'utf-8', rows: 2 },
    { given: 'tab-separated.tsv', encoding: 'utf-8', rows: 1 },
  ])('given $given, detects its encoding and separator and reads $rows rows', ({ given, encoding, rows }) => {
    const { report } = checkJson(`fixtures/${given}`, '--as-of', '2022-12-31');
    expect(report.inputs[0]).toMatchObject({ encoding, rows });
    expect(verdictOf(report, '石桥县', 'eldercare.township-center-coverage')).toMatchObject({
      status: 'fail',
      actual: 6 / 16,
    });
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('given codes with a leading zero, keeps the zero', () => {
    const yaml = checkJson('fixtures/rows-with-duplicate-and-odd-keys.yaml', '--as-of', '2022-12-31');
    expect(yaml.report.problems.some((p) => p.column === 'county_code')).toBe(false);
    const csv = checkJson('fixtures/codes-leading-zeros-and-excel-exponent.csv', '--as-of', '2022-12-31');
    expect(csv.report.problems.filter((p) => p.line === 2)).toEqual([]);
  });
});

describe('data files that cannot be read: exit 2, one line with code and location, no stack', () => {
  it.each([
    { given: 'xlsx-renamed.csv', code: 'format-error', location: '', says: 'zip 压缩包，例如 .xlsx 工作簿' },
    { given: 'nul-bytes.csv', code: 'format-error', location: '', says: '二进制数据' },
    {
      given: 'unclosed-quote.csv',
      code: 'quote-not-closed',
      location: 'fixtures/unclosed-quote.csv:4',
      says: '没有闭合',
    },
    {
      given: 'two-documents.yaml',
      code: 'format-error',
      location: 'fixtures/two-documents.yaml:3:1',
      says: '第二个 YAML 文档',
    },
    {
      given: 'deeply-nested.yaml',
      code: 'format-error',
      location: 'fixtures/deeply-nested.yaml:2:72',
      says: '嵌套超过',
    },
    { given: 'no-such-county.csv', code: 'file-unreadable', location: '', says: '没有这个文件' },
  ])('given $given, exits 2 with $code', ({ given, code, location, says }) => {
    const run = duibiao('check', `fixtures/${given}`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(stopOf(run)).toMatchObject({ code, location });
    expect(run.stderr).toContain(says);
  });
});

describe('a record over 1 MiB', () => {
  it('exits 2 with record-too-large at the line where it starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duibiao-large-'));
    try {
      const file = join(dir, 'record-too-large.csv');
      const row = (i: number) => `县${i},2022,16,6`;
      const lines = [
        'county,year,townships_total,townships_with_elder_center',
        ...Array.from({ length: 2000 }, (_, i) => row(i)),
      ];
      lines[1000] = `${lines[1000]!},${'x'.repeat(2 * 1024 * 1024)}`;
      writeFileSync(file, `${lines.join('\n')}\n`);
      const run = duibiao('check', file);
      expect(run.code).toBe(2);
      expect(stopOf(run)).toMatchObject({ code: 'record-too-large', location: `${file}:1001` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a GB18030 row far into a UTF-8 file', () => {
  it('is an encoding-error at its own line, past the part the encoding is told from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duibiao-gbk-'));
    try {
      const file = join(dir, 'gbk-row-far-in.csv');
      const rows = Array.from({ length: 3000 }, (_, i) => Buffer.from(`县${i},2022,16,6\n`));
      rows[2500] = Buffer.from('b0d7cbaecfd82c323032322c31302c340a', 'hex'); // 白水县,2022,10,4 in GB18030
      writeFileSync(
        file,
        Buffer.concat([Buffer.from('县市区,年度,乡镇(街道)总数,建有综合性养老服务中心的乡镇(街道)数\n'), ...rows]),
      );
      const run = duibiao('check', file, '-f', 'json', '--as-of', '2022-12-31');
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('\uFFFD');
      const report = JSON.parse(run.stdout) as {
        summary: { rows: number };
        problems: { code: string; line: number; columnNumber: number; level: string }[];
      };
      expect(report.summary.rows).toBe(3000);
      expect(spots(report.problems)).toEqual([['encoding-error', 2502, 1]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a year cell beyond the safe integers, in a pack without maxValue on year', () => {
  const FILE = 'fixtures/year-pasted-repeatedly-beyond-safe-integer.csv';
  const PACK = 'fixtures/packs/year-without-max-value.yaml';
  const STATUSES = ['pass', 'fail', 'pending', 'not_applicable', 'missing', 'invalid', 'waived'] as const;

  it('given the year typed over and over, names the cell as year-too-large and every rule that reads the year says invalid, naming 年度', () => {
    const { code, report } = checkJson(FILE, '--rules', PACK, '--as-of', '2022-12-31');
    expect(code).toBe(1);
    expect(spots(report.problems.filter((p) => p.code !== 'title-rows' && p.code !== 'total-row'))).toEqual([
      ['year-too-large', 4, 2],
      ['year-too-large', 5, 2],
    ]);
    for (const county of ['石桥县', '白水县']) {
      for (const rule of ['eldercare.coverage', 'eldercare.coverage-from-2021']) {
        const verdict = verdictOf(report, county, rule)!;
        expect([verdict.status, verdict.year]).toEqual(['invalid', null]);
        expect(verdict.message).toContain('年度 (year)');
      }
    }
  });

  it('given the same file, the counting run (summary) says what the verdicts say', () => {
    const { report } = checkJson(FILE, '--rules', PACK, '--as-of', '2022-12-31');
    const counted = duibiao('check', FILE, '--rules', PACK, '--as-of', '2022-12-31', '-f', 'summary', '--lang', 'en');
    const all = /^all rules\s+([\d\s]+)$/m.exec(counted.stdout)?.[1]?.trim().split(/\s+/).map(Number);
    const summary = report.summary as unknown as Record<(typeof STATUSES)[number], number>;
    expect(all).toEqual(STATUSES.map((status) => summary[status]));
    expect(summary.invalid).toBe(4);
  });
});
