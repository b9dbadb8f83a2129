// A small check loads what it uses of the bundle: its language's words and not the other's, the
// report it writes and no other. Counted as the bench counts it: the files Node loads, mapped to
// their modules by esbuild's metafile (written by scripts/bundle.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-start-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** The files of the bundle a run of the built command loads. */
function loadedFiles(...args: string[]): Set<string> {
  const log = join(dir, 'loaded.txt');
  rmSync(log, { force: true });
  const run = spawnSync(process.execPath, ['--import', './bench/load-log.mjs', 'bin/duibiao.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_LOAD_LOG: log, DUIBIAO_TODAY: TODAY },
  });
  expect(run.status, run.stderr).toBe(0);
  return new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/bundle/'))
      .map((url) => `dist/bundle/${url.slice(url.lastIndexOf('/') + 1)}`),
  );
}

/** The compiled modules (dist/…) a run of the built command loads. */
function loadedModules(...args: string[]): string[] {
  const files = loadedFiles(...args);
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle-meta.json'), 'utf8')) as Metafile;
  return Object.entries(meta.outputs)
    .filter(([file]) => files.has(file))
    .flatMap(([, output]) => Object.keys(output.inputs));
}

const catalogues = (modules: string[]) => modules.filter((m) => /^dist\/words\/(zh|en)(\/|\.js$)/.test(m));
const reports = (modules: string[]) =>
  modules.filter((m) => /^dist\/report\/(json|html|xlsx|junit|sarif|github|csv|markdown|table)(\/|\.js$)/.test(m));

describe('the 8-county check', () => {
  it('in Chinese, to the table, loads the Chinese words and the table report only', () => {
    const modules = loadedModules('check', 'fixtures/sample-prefecture-2022.csv', '--fail-on', 'never');
    expect(catalogues(modules).length).toBeGreaterThan(10);
    expect(catalogues(modules).filter((m) => m.startsWith('dist/words/en'))).toEqual([]);
    expect(reports(modules)).toEqual(['dist/report/table.js']);
  });

  // Node's loader resolves, reads and compiles each file on its own: when the check loaded some
  // sixty, that was most of its start-up (docs/performance.md).
  it('loads the bundle in a handful of files: main, core, the words of its language, the table', () => {
    const files = loadedFiles('check', 'fixtures/sample-prefecture-2022.csv', '--fail-on', 'never');
    expect(files).toContain('dist/bundle/main.js');
    expect(files).toContain('dist/bundle/core.js');
    expect(files.size).toBeLessThanOrEqual(6);
  });

  it('in English, to JSON, loads the English words and the JSON report only', () => {
    const modules = loadedModules(
      'check',
      'fixtures/sample-prefecture-2022.csv',
      '--lang',
      'en',
      '-f',
      'json',
      '--fail-on',
      'never',
    );
    expect(catalogues(modules).length).toBeGreaterThan(10);
    expect(catalogues(modules).filter((m) => m.startsWith('dist/words/zh'))).toEqual([]);
    expect(reports(modules).length).toBeGreaterThan(0);
    expect(reports(modules).filter((m) => !m.startsWith('dist/report/json'))).toEqual([]);
  });
});
