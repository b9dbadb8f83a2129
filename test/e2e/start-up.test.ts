// A small check loads what it uses of the bundle: its language's words and not the other's, the
// report it writes and no other. Counted as the bench counts it: the files Node loads, mapped to
// their modules by esbuild's metafile (written by scripts/bundle.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  // sixty, that was most of its start-up (docs/performance.md). main.js compiles the others as
  // scripts (below).
  it('loads the bundle in a handful of files: main, core, the words of its language, the table', () => {
    const files = loadedFiles('check', 'fixtures/sample-prefecture-2022.csv', '--fail-on', 'never');
    expect(files).toContain('dist/bundle/main.js');
    expect(files).toContain('dist/bundle/core.js');
    expect(files.size).toBeLessThanOrEqual(5);
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

// main.js compiles core.js, the code every run loads, with the V8 code cache the build made of it
// (scripts/bundle-main.mjs). A cache V8 refuses (other V8 flags, another Node) or a damaged one is
// compiled from the source instead, and the run is the same.
describe('the code cache of core.js', () => {
  const check = ['check', 'fixtures/sample-prefecture-2022.csv', '--fail-on', 'never'];

  /** A run of the command from `root` with these Node flags, and what main.js said of each cache. */
  function runFrom(root: string, flags: string[] = []) {
    const main = pathToFileURL(join(root, 'dist', 'bundle', 'main.js')).href;
    const probe =
      `const core = await import(${JSON.stringify(main)});` +
      "process.on('exit', () => process.stderr.write(`\\n${JSON.stringify(core.codeCaches())}`));" +
      "process.argv.splice(1, 0, 'duibiao'); await core.main();";
    // No NODE_OPTIONS: a V8 flag in it would make V8 refuse the cache.
    const { NODE_OPTIONS: _, ...env } = process.env;
    const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', probe, ...check], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1', DUIBIAO_TODAY: TODAY },
    });
    expect(run.status, run.stderr).toBe(0);
    const cut = run.stderr.lastIndexOf('\n');
    const caches = JSON.parse(run.stderr.slice(cut + 1)) as Record<string, string>;
    return { caches, stdout: run.stdout, stderr: run.stderr.slice(0, cut) };
  }
  /** The scripts a check compiles: core.js, the Chinese words (in two), the table. */
  const scripts = (caches: Record<string, string>) =>
    expect(Object.keys(caches).map((name) => name.replace(/-\w+\.js$/, ''))).toEqual([
      './core.js',
      './zh',
      './chunk',
      './table',
    ]);

  /** A copy of the built package, for a cache of its own. */
  function copy(name: string): string {
    const root = join(dir, name);
    for (const part of ['bin', 'dist', 'rules', 'package.json'])
      cpSync(join(ROOT, part), join(root, part), { recursive: true });
    return root;
  }
  const coreCacheOf = (root: string) => {
    const bundle = join(root, 'dist', 'bundle');
    const [name] = readdirSync(bundle).filter((file) => /^core\.[0-9a-f]+\.cache$/.test(file));
    expect(name).toBeDefined();
    return join(bundle, name!);
  };

  const plain = () => {
    const { NODE_OPTIONS: _, ...env } = process.env;
    const run = spawnSync(process.execPath, ['bin/duibiao.js', ...check], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1', DUIBIAO_TODAY: TODAY },
    });
    return { stdout: run.stdout, stderr: run.stderr };
  };

  it('is made by the build and used by a run', () => {
    const run = runFrom(ROOT);
    scripts(run.caches);
    expect(new Set(Object.values(run.caches))).toEqual(new Set(['used']));
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual(plain());
    expect(run.stdout.length).toBeGreaterThan(100);
  });

  it('refused by V8 (a run with other V8 flags), gives the same run', () => {
    const run = runFrom(ROOT, ['--max-old-space-size=1000']);
    scripts(run.caches);
    expect(new Set(Object.values(run.caches))).toEqual(new Set(['rejected']));
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual(plain());
  });

  it('damaged, is not given to V8 (which would crash on it), and the run is the same', () => {
    const root = copy('damaged');
    const file = coreCacheOf(root);
    const bytes = readFileSync(file);
    // A byte in the middle of V8's data, where V8 itself checks nothing.
    const middle = bytes.length >> 1;
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x5a, middle);
    writeFileSync(file, bytes);
    const run = runFrom(root);
    expect(run.caches['./core.js']).toBe('damaged');
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual(plain());
  });

  it('of another core.js, is not read', () => {
    const root = copy('foreign');
    rmSync(coreCacheOf(root));
    writeFileSync(join(root, 'dist', 'bundle', 'core.0000000000000000.cache'), readFileSync(coreCacheOf(ROOT)));
    const run = runFrom(root);
    expect(run.caches['./core.js']).toBe('none');
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual(plain());
  });
});
