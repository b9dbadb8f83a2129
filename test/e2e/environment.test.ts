// Files that are not there, reports that cannot be written, faults of the tool itself: exit 2, one clear line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, ROOT, STACK_LINE, stopOf } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = 'fixtures/sample-prefecture-2022.csv';

describe('input files that cannot be read', () => {
  it.each([
    { given: 'a missing file', path: join(dir, 'missing.csv'), says: '没有这个文件' },
    { given: 'a folder named like a CSV, holding no return', path: join(dir, 'folder.csv'), says: '文件夹中没有' },
  ])('given $given, exits 2 with file-unreadable', ({ path, says }) => {
    mkdirSync(join(dir, 'folder.csv'), { recursive: true });
    const run = duibiao('check', SAMPLE, path);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
    expect(run.stderr).toContain(says);
    expect(run.stderr).toContain(path);
  });

  it('given a file with no known extension, exits 2 with unknown-format before reading anything', () => {
    expect(stopOf(duibiao('check', SAMPLE, 'README.md')).code).toBe('unknown-format');
  });
});

describe('a command line that is wrong', () => {
  it.each([
    { given: 'an impossible --as-of', args: ['--as-of', '2022-02-30'] },
    { given: 'an unknown format', args: ['-f', 'pdf'] },
    { given: 'two formats to stdout', args: ['-f', 'json', '-f', 'table'] },
  ])('given $given, exits 2 with usage', ({ args }) => {
    const run = duibiao('check', SAMPLE, ...args);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('usage');
  });
});

describe('a report that cannot be written', () => {
  it.each([
    { given: 'a folder that does not exist', target: () => join(dir, 'no-such-folder', 'report.json') },
    {
      given: 'a path that is a folder',
      target: () => (mkdirSync(join(dir, 'is-a-folder'), { recursive: true }), join(dir, 'is-a-folder')),
    },
  ])('given $given, exits 2 with output-unwritable and leaves no temporary file', ({ target }) => {
    const file = target();
    const run = duibiao('check', SAMPLE, '-f', 'json', '-o', file);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-unwritable');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('given a check that cannot run, leaves an earlier report untouched', () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, 'the earlier report\n');
    const run = duibiao('check', 'fixtures/unclosed-quote.csv', '-f', 'json', '-o', file);
    expect(run.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('the earlier report\n');
  });
});

describe('a fault in the tool itself', () => {
  // Throws outside any await, as a stream's error event would.
  const crash = (...flags: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { exitOnCrash } from './dist/cli/failure.js'; exitOnCrash(${flags.includes('--debug')}); process.exitCode = 0; setTimeout(() => { throw new TypeError('boom'); });`,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );

  it('exits 2, never 0, with one line and no stack', () => {
    const run = crash();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^duibiao: 内部错误: boom/);
    expect(stopOf({ code: run.status, stdout: run.stdout, stderr: run.stderr }).code).toBe('internal-error');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('shows the stack under --debug', () => {
    expect(crash('--debug').stderr).toMatch(STACK_LINE);
  });
});

describe('deprecation warnings from dependencies', () => {
  // Only the xlsx template's dependencies (exceljs → archiver-utils 2, fast-csv 4 → lodash.*) still
  // warn, and exceljs is loaded only when a template is written: see docs/architecture.md.
  it('given NODE_OPTIONS=--pending-deprecation, a check of CSV, xlsx and xls into every format and the bulletin writes nothing on stderr', () => {
    const outputs = ['table', 'json', 'csv', 'junit', 'sarif', 'github', 'markdown', 'html', 'xlsx'].flatMap(
      (format) => ['-f', `${format}:${join(dir, `deprecation.${format}`)}`],
    );
    const run = spawnSync(
      process.execPath,
      [
        'bin/duibiao.js',
        'check',
        SAMPLE,
        'fixtures/sample-prefecture-2022.xlsx',
        'fixtures/sample-prefecture-2022.xls',
        ...outputs,
        '--as-of',
        '2022-12-31',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--pending-deprecation' },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
