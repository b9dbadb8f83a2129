// Ctrl-C in every phase of a long run: the run ends within about a second, by the signal (a shell's
// exit 130), and leaves no report, whole or partial, and no temporary file. Progress on a terminal.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const SAMPLE = join(ROOT, 'fixtures/sample-prefecture-2022.csv');
/** A hang, not a speed: a run that heeds Ctrl-C ends well within it, one that ignores it does not. */
const BOUND_MS = 5_000;

let dir: string;
let big: string;
let small: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-interrupt-'));
  // The sample's counties again and again under new names: some seconds of reading, more of reports.
  const [head, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const copies = (n: number): string => {
    const lines = [head!];
    for (let i = 0; lines.length <= n; i++)
      for (const row of rows) lines.push(row.replace(/^([^,]+),\d*,/, `$1${i},,`));
    return `${lines.join('\n')}\n`;
  };
  big = join(dir, 'big.csv');
  writeFileSync(big, copies(40_000));
  small = join(dir, 'small.csv');
  writeFileSync(small, copies(8_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a check of `big` to report files (table, json and csv unless asked for others) in a folder of its own, its spools in another. */
function start(
  name: string,
  formats: readonly string[] = ['table:r.txt', 'json:r.json', 'csv:r.csv'],
): {
  out: string;
  spools: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  child: ReturnType<typeof spawn>;
} {
  const out = join(dir, name);
  const spools = join(dir, `${name}-spools`);
  mkdirSync(out);
  mkdirSync(spools);
  const child = spawn(
    process.execPath,
    [
      'bin/duibiao.js',
      'check',
      big,
      '--as-of',
      '2022-12-31',
      ...formats.flatMap((format) => {
        const [kind, file] = format.split(':') as [string, string];
        return ['-f', `${kind}:${join(out, file)}`];
      }),
    ],
    {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, TMPDIR: spools, TMP: spools, TEMP: spools },
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code, signal, at: Date.now() });
    });
  });
  return { out, spools, exited, child };
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Waits until `count` temporary report files have been made in `folder` (the reports being written). */
async function reportsStarted(folder: string, count: number, exited: Promise<unknown>): Promise<boolean> {
  const state = { done: false };
  void exited.then(() => (state.done = true));
  const seen = new Set<string>();
  while (!state.done) {
    for (const name of readdirSync(folder)) if (name.startsWith('.duibiao-')) seen.add(name);
    if (seen.size >= count) return true;
    await sleep(20);
  }
  return false;
}

async function interrupt(run: ReturnType<typeof start>): Promise<void> {
  const sent = Date.now();
  run.child.kill('SIGINT');
  const { code, signal, at } = await run.exited;
  expect(code === 130 || signal === 'SIGINT').toBe(true);
  expect(at - sent).toBeLessThan(BOUND_MS);
  expect(readdirSync(run.out)).toEqual([]);
  expect(readdirSync(run.spools)).toEqual([]);
}

describe('Ctrl-C stops a run in every phase and leaves no report', () => {
  it('while the data is read', async () => {
    const run = start('reading');
    await sleep(1_000);
    await interrupt(run);
  }, 60_000);

  it('while the first report is written', async () => {
    const run = start('first-report');
    expect(await reportsStarted(run.out, 1, run.exited)).toBe(true);
    await interrupt(run);
  }, 120_000);

  it('after one report is written whole, while the next is written: none is put in place', async () => {
    const run = start('second-report');
    expect(await reportsStarted(run.out, 2, run.exited)).toBe(true);
    await interrupt(run);
  }, 120_000);

  it('while a junit report is written', async () => {
    const run = start('junit', ['junit:r.xml']);
    expect(await reportsStarted(run.out, 1, run.exited)).toBe(true);
    await sleep(300);
    await interrupt(run);
  }, 120_000);

  it('while the details of an xlsx report are deflated on the thread pool', async () => {
    const run = start('xlsx-alone', ['xlsx:r.xlsx']);
    expect(await reportsStarted(run.out, 1, run.exited)).toBe(true);
    await sleep(1_500);
    await interrupt(run);
  }, 120_000);

  it('while an xlsx report is written, after a junit one', async () => {
    const run = start('xlsx', ['junit:r.xml', 'xlsx:r.xlsx']);
    expect(await reportsStarted(run.out, 2, run.exited)).toBe(true);
    await sleep(300);
    await interrupt(run);
  }, 120_000);
});

describe('progress on a terminal', () => {
  // util-linux `script` runs the command on a pseudo-terminal, as a person at one would.
  const hasScript = process.platform !== 'win32' && spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)(
    'shows the share read and names the report being written, in Chinese by default',
    () => {
      const report = join(dir, 'progress.csv');
      // The line is drawn only after a run's first second: the 40,000-row file takes several, where
      // the small one can end within the second on a quiet machine and show nothing.
      const command = [process.execPath, 'bin/duibiao.js', 'check', big, '--as-of', '2022-12-31', '-f', `csv:${report}`]
        .map((arg) => `'${arg}'`)
        .join(' ');
      const run = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/读取 · \d+%|写报告 progress\.csv \(csv\)/);
      expect(run.stdout).toContain('写报告 progress.csv (csv)');
    },
    120_000,
  );

  it('writes nothing of it to a pipe', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/duibiao.js', 'check', small, '--as-of', '2022-12-31', '-f', `csv:${join(dir, 'piped.csv')}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  }, 120_000);
});
