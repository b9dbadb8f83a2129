// Workbooks whose structure lies, each small on disk: many sheets over one part, a declared
// dimension of the whole grid, one cell of 50 MB, a hundred thousand empty sheets. Each stops
// with its code naming the workbook (and sheet), or is read within a memory bound measured on
// the child process as test/e2e/bounded-memory.test.ts does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookParts, zip, type TestCell, type TestSheet } from '../workbook-writer.js';
import { ROOT, STACK_LINE, stopOf, type Report } from './run.js';

/** Far above what a bounded run takes, far below what the unbounded readers took (1.5 to 2.8 GB). */
const BOUND_MIB = 600;
const dir = mkdtempSync(join(tmpdir(), 'duibiao-hostile-workbooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['县市区', '年度', '乡镇(街道)总数', '建有综合性养老服务中心的乡镇(街道)数'];

/** A workbook from its parts, some of them replaced. */
function workbook(
  name: string,
  sheets: TestSheet[],
  replace: (parts: Map<string, string>) => void = () => undefined,
): string {
  const parts = workbookParts(sheets);
  replace(parts);
  const file = join(dir, name);
  writeFileSync(file, zip([...parts].map(([path, text]) => ({ name: path, data: Buffer.from(text, 'utf8') }))));
  return file;
}

/** Runs the built command; its exit code, output and peak RSS in MiB. */
function run(args: string[]): { code: number | null; stdout: string; stderr: string; peakMiB: number } {
  const rssFile = join(dir, `rss-${Date.now()}-${Math.random()}.txt`);
  const result = spawnSync(process.execPath, ['bin/duibiao.js', 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      NO_COLOR: '1',
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: `--import=${join(ROOT, 'bench/rss.mjs')}`,
    },
  });
  const peakKiB = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, peakMiB: peakKiB / 1024 };
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const sheetList = (count: number, rel: (i: number) => string) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${Array.from({ length: count }, (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="${rel(i)}"/>`).join('')}</sheets></workbook>`;

describe('workbooks whose structure lies', () => {
  it('given 2,000 sheets that all name one 2,000-row part, stops at once: format-error naming two of them, each part read at most once', () => {
    const rows: TestCell[][] = [HEADER, ...Array.from({ length: 2000 }, (_, i) => [`县${i}`, 2022, 10, 5])];
    const file = workbook('two-thousand-sheets-one-part.xlsx', [{ name: 'S1', rows }], (parts) =>
      parts.set(
        'xl/workbook.xml',
        sheetList(2000, () => 'rId1'),
      ),
    );
    const result = run([file, '-f', 'json']);
    expect(result.code).toBe(2);
    expect(stopOf(result).code).toBe('format-error');
    expect(result.stderr).toContain('“S1”');
    expect(result.stderr).toContain('“S2”');
    expect(result.stderr).not.toMatch(STACK_LINE);
  }, 120_000);

  it('given a declared dimension A1:XFD1048576 over 100,000 rows, reads every row within the bound (-f table and json)', () => {
    const format = 'table';
    const rows: TestCell[][] = [HEADER, ...Array.from({ length: 100_000 }, (_, i) => [`县${i}`, 2022, 10, 5])];
    const file = workbook('dimension-of-the-whole-grid.xlsx', [{ name: 'Sheet1', rows, dimension: 'A1:XFD1048576' }]);
    const out = join(dir, `dimension.${format}`);
    const result = run([
      file,
      '-r',
      'fixtures/packs/minimal-valid.yaml',
      '--as-of',
      '2022-12-31',
      '-f',
      `${format}:${out}`,
      '-f',
      `json:${out}.json`,
    ]);
    expect(result.stderr).toBe('');
    expect(result.peakMiB).toBeLessThan(BOUND_MIB);
    const report = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as { summary: { rows: number } };
    expect(report.summary.rows).toBe(100_000);
  }, 300_000);

  /** 50 MB of text that deflates some 40 to 1, as a pasted document might: under the zip's ratio bound. */
  const fifty = (): string => {
    const bytes = Buffer.alloc(50 * 1024 * 1024, 0x61);
    for (let i = 0; i < bytes.length; i += 100) bytes[i] = 0x61 + ((i * 7919) % 16);
    return bytes.toString('latin1');
  };

  it.each(['table', 'json'])(
    'given one cell of 50 MB in the sheet, stops with cell-too-large naming the workbook, sheet and cell (-f %s)',
    (format) => {
      const file = workbook('one-cell-of-fifty-megabytes.xlsx', [
        { name: '民政统计表', rows: [HEADER, ['甲县', 2022, 10, { inline: fifty() }]] },
      ]);
      const result = run([file, '-r', 'fixtures/packs/minimal-valid.yaml', '-f', format]);
      expect(result.code).toBe(2);
      expect(stopOf(result).code).toBe('cell-too-large');
      expect(result.stderr).toContain('民政统计表');
      expect(result.stderr).toContain('D2');
      expect(result.stderr.length).toBeLessThan(2000);
      expect(result.peakMiB).toBeLessThan(BOUND_MIB);
    },
    120_000,
  );

  it('given one shared string of 50 MB, stops with cell-too-large naming the workbook and its part', () => {
    const file = workbook('one-shared-string-of-fifty-megabytes.xlsx', [
      { name: '民政统计表', rows: [HEADER, ['甲县', 2022, 10, fifty()]] },
    ]);
    const result = run([file, '-r', 'fixtures/packs/minimal-valid.yaml', '-f', 'json']);
    expect(result.code).toBe(2);
    expect(stopOf(result).code).toBe('cell-too-large');
    expect(result.stderr).toContain('sharedStrings.xml');
    expect(result.peakMiB).toBeLessThan(BOUND_MIB);
  }, 120_000);

  it('given a workbook that lists 100,000 empty sheets, stops in one short line: workbook-too-large', () => {
    const file = workbook('a-hundred-thousand-empty-sheets.xlsx', [{ name: 'S1', rows: [] }], (parts) =>
      parts.set(
        'xl/workbook.xml',
        sheetList(100_000, (i) => `rId${i + 1}`),
      ),
    );
    const result = run([file, '-f', 'json']);
    expect(result.code).toBe(2);
    expect(stopOf(result).code).toBe('workbook-too-large');
    expect(result.stderr.length).toBeLessThan(1000);
  }, 120_000);

  it('given 300 sheets none of which has a header, names ten of them and says how many more', () => {
    const file = workbook(
      'three-hundred-sheets-no-header.xlsx',
      Array.from({ length: 300 }, (_, i) => ({ name: `封面${i + 1}`, rows: [['2022年民政工作统计报表']] })),
    );
    const result = run([file, '-f', 'json']);
    expect(result.code).toBe(1);
    const problems = (JSON.parse(result.stdout) as Report).problems;
    expect(problems.map((p) => p.code)).toEqual(['no-header']);
    const message = problems[0]!.message;
    expect(message).toContain('“封面10”');
    expect(message).not.toContain('“封面11”');
    expect(message).toContain('另有 290 个');
    expect(message.length).toBeLessThan(1000);
  }, 120_000);
});
