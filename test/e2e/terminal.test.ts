// A long run as a person at a terminal sees it and stops it: the built command on a pseudo-terminal
// of a known size (test/helpers/pty.ts), its progress read off the screen the terminal would show,
// Ctrl-C typed as a key (the terminal, not the test, sends the SIGINT), a cut table drawn for the
// terminal's width.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columns, NO_PTY, onPty, screen, type PtyRun } from '../helpers/pty.js';
import { ROOT } from './run.js';
import { writeWorkbook, type TestCell } from '../workbook-writer.js';

const SAMPLE = join(ROOT, 'fixtures/sample-prefecture-2022.csv');
/** A hang, not a speed, as in interrupt.test.ts: a run that heeds Ctrl-C ends well within it. */
const BOUND_MS = 5_000;
const SIGINT = 2;
/** Anything of the progress line, in either language. */
const PROGRESS = /读取|汇总判定结果|写报告|已用|约剩|reading|gathering the verdicts|writing |so far| left/;

/** The test's name, saying why it does not run where it cannot. */
const named = (name: string): string => (NO_PTY === undefined ? name : `${name} (NOT RUN: ${NO_PTY})`);
const onTerminal = it.skipIf(NO_PTY !== undefined);

let dir: string;
let big: string;
let large: string;
let huge: string;
let cut: string;
let book: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-terminal-'));
  const [head, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const renamed = (row: string, i: number): string => row.replace(/^([^,]+),\d*,/, `$1${i},,`);
  // The sample's counties again and again under new names: some seconds of reading, more of reports.
  const copies = (n: number): string => {
    const lines = [head!];
    for (let i = 0; lines.length <= n; i++) for (const row of rows) lines.push(renamed(row, i));
    return `${lines.join('\n')}\n`;
  };
  big = join(dir, 'big.csv');
  writeFileSync(big, copies(40_000));
  // Long enough to write that the time left is shown while each report is, on a quiet machine:
  // it is shown a second after the share is first known, and drawn twice a second.
  large = join(dir, 'large.csv');
  writeFileSync(large, copies(150_000));
  // Long enough to read that the line, drawn only after a run's first second, shows the reading
  // and its time left even on a quiet machine; checked for a summary, which costs little past the
  // reading.
  huge = join(dir, 'huge.csv');
  writeFileSync(huge, copies(500_000));
  // More county-years than a table shows, the only misses in the last three: a table that showed
  // the first rows, or the best, would show none of them.
  const clean = rows.find((row) => row.startsWith('青岚市'))!;
  const missing = ['石桥县', '枫岭县', '云溪县'].map((county) => rows.find((row) => row.startsWith(county))!);
  // The big file as a workbook, its figures numbers: some seconds of inflating and parsing its sheet.
  const cells = (row: string): TestCell[] =>
    row.split(',').map((text, c) => (c !== 1 && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text));
  const [, ...bigRows] = copies(50_000).trim().split('\n');
  book = join(dir, 'big.xlsx');
  writeFileSync(book, writeWorkbook([{ name: '汇总', rows: [head!.split(','), ...bigRows.map(cells)] }]));
  cut = join(dir, 'cut.csv');
  writeFileSync(cut, `${[head, ...Array.from({ length: 400 }, (_, i) => renamed(clean, i)), ...missing].join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  pty: PtyRun;
  out: string;
  spools: string;
  cols: number;
}

/** `duibiao check` of `input` on a terminal, its reports (`format:name`) in a folder of their own, its spools in another. */
function check(
  input: string,
  name: string,
  formats: readonly string[],
  extra: readonly string[] = [],
  cols = 100,
): Run {
  const out = join(dir, name);
  const spools = join(dir, `${name}-spools`);
  mkdirSync(out);
  mkdirSync(spools);
  const reports = formats.flatMap((format) => {
    const [kind, file] = format.split(':') as [string, string];
    return ['-f', `${kind}:${join(out, file)}`];
  });
  const pty = onPty(
    [process.execPath, 'bin/duibiao.js', 'check', input, '--as-of', '2022-12-31', ...reports, ...extra],
    {
      cwd: ROOT,
      cols,
      env: { NO_COLOR: '1', FORCE_COLOR: undefined, TMPDIR: spools, TMP: spools, TEMP: spools },
    },
  );
  return { pty, out, spools, cols };
}

/** The screen's lines that show anything of the progress line. */
function progressLeft(run: Run): string[] {
  return screen(run.pty.output(), run.cols).filter((line) => PROGRESS.test(line));
}

describe('progress on a terminal', () => {
  onTerminal(
    named('shows the share read, the time left and each report by name, in Chinese by default, and clears itself'),
    async () => {
      const run = check(huge, 'zh', ['summary:p.txt', 'summary:p.md']);
      const ended = await run.pty.ended;
      expect(ended.code).toBe(1);
      const output = run.pty.output();
      expect(output).toMatch(/读取 · \d{1,3}% · [\d,]+ 行 · 约剩 \d+ 秒/);
      expect(output).toContain('写报告 p.txt (summary) · 已用');
      expect(output).toContain('写报告 p.md (summary) · 已用');
      // What is left on the screen once the run has ended: nothing of the line.
      expect(progressLeft(run)).toEqual([]);
      expect(readdirSync(run.out).sort()).toEqual(['p.md', 'p.txt']);
    },
    60_000,
  );

  onTerminal(
    named('is in English with --lang en'),
    async () => {
      const run = check(huge, 'en', ['summary:p.txt', 'summary:p.md'], ['--lang', 'en']);
      expect((await run.pty.ended).code).toBe(1);
      const output = run.pty.output();
      expect(output).toMatch(/reading · \d{1,3}% · [\d,]+ rows · about \d+ s left/);
      expect(output).toContain('writing p.txt (summary) · ');
      expect(output).toContain('writing p.md (summary) · ');
      expect(output).not.toMatch(/[读写报告已用约剩]/);
      expect(progressLeft(run)).toEqual([]);
    },
    60_000,
  );

  onTerminal(
    named('shows the share written and the time left while each report of a large run is written'),
    async () => {
      const run = check(large, 'writing-zh', ['html:r.html', 'csv:r.csv']);
      expect((await run.pty.ended).code).toBe(1);
      const output = run.pty.output();
      expect(output).toMatch(/写报告 r\.html \(html\) · \d{1,3}% · 约剩 \d+ 秒/);
      expect(output).toMatch(/写报告 r\.csv \(csv\) · \d{1,3}% · /);
      expect(progressLeft(run)).toEqual([]);
      expect(readdirSync(run.out).sort()).toEqual(['r.csv', 'r.html']);
    },
    60_000,
  );

  onTerminal(
    named('shows the share written and the time left in English with --lang en'),
    async () => {
      const run = check(large, 'writing-en', ['html:r.html', 'csv:r.csv'], ['--lang', 'en']);
      expect((await run.pty.ended).code).toBe(1);
      const output = run.pty.output();
      expect(output).toMatch(/writing r\.html \(html\) · \d{1,3}% · about \d+ s left/);
      expect(output).toMatch(/writing r\.csv \(csv\) · \d{1,3}% · /);
      expect(output).not.toMatch(/[读写报告已用约剩]/);
      expect(progressLeft(run)).toEqual([]);
    },
    60_000,
  );

  onTerminal(
    named("shows the share of a workbook's sheet read and the time left"),
    async () => {
      const run = check(book, 'workbook', ['summary:p.txt']);
      expect((await run.pty.ended).code).toBe(1);
      expect(run.pty.output()).toMatch(/读取 · \d{1,3}% · [\d,]+ 行 · 约剩 \d+ 秒/);
      expect(progressLeft(run)).toEqual([]);
    },
    60_000,
  );

  onTerminal(
    named('goes on while the table for the terminal is made, and is gone before it is drawn'),
    async () => {
      // No report named: the table, on the terminal, after seconds of reading and of ranking.
      const run = check(huge, 'table-here', []);
      expect((await run.pty.ended).code).toBe(1);
      const output = run.pty.output();
      const heading = output.indexOf('duibiao 对标 ·');
      expect(heading).toBeGreaterThan(0);
      expect(output.lastIndexOf('写报告 (table) · ', heading)).toBeGreaterThan(0);
      expect(output.indexOf('写报告', heading)).toBe(-1);
      const lines = screen(output, run.cols);
      expect(lines.some((line) => line.startsWith('duibiao 对标 ·'))).toBe(true);
      expect(lines.filter((line) => PROGRESS.test(line))).toEqual([]);
    },
    60_000,
  );

  onTerminal(
    named('fits a narrow terminal: a long report name leaves no wrapped piece of the line behind'),
    async () => {
      const name = 'a-report-with-a-name-longer-than-the-terminal-is-wide.txt';
      const run = check(huge, 'narrow', [`summary:${name}`], [], 40);
      expect((await run.pty.ended).code).toBe(1);
      expect(run.pty.output()).toContain('写报告');
      expect(progressLeft(run)).toEqual([]);
      expect(readdirSync(run.out)).toEqual([name]);
    },
    60_000,
  );
});

describe('Ctrl-C typed at the terminal stops a run in every phase and leaves no report', () => {
  /** Types Ctrl-C once `shown` shows (after `wait` ms more), and checks what it leaves. */
  async function stop(run: Run, shown: RegExp, wait = 0): Promise<void> {
    expect(await run.pty.waitFor(shown, 60_000)).toBe(true);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    run.pty.ctrlC();
    const ended = await run.pty.ended;
    expect(ended.code === 130 || ended.signal === SIGINT).toBe(true);
    expect(ended.afterCtrlC).not.toBeNull();
    expect(ended.afterCtrlC!).toBeLessThan(BOUND_MS);
    expect(readdirSync(run.out)).toEqual([]);
    expect(readdirSync(run.spools)).toEqual([]);
    // The terminal is left as a person can go on with: no half-drawn progress line.
    expect(progressLeft(run)).toEqual([]);
  }

  const REPORTS = ['table:r.txt', 'json:r.json', 'csv:r.csv'];

  onTerminal(
    named('while the data is read'),
    async () => {
      await stop(check(huge, 'reading', REPORTS), /读取 · \d+%/);
    },
    60_000,
  );

  onTerminal(
    named("while a workbook's sheet is read"),
    async () => {
      const run = check(book, 'workbook-reading', REPORTS);
      await stop(run, /读取 · \d+% · [1-9][\d,]* 行/);
      // Stopped while the sheet was read: no later phase began.
      expect(run.pty.output()).not.toMatch(/汇总判定结果|写报告/);
    },
    60_000,
  );

  onTerminal(
    named('while the first report is written'),
    async () => {
      await stop(check(big, 'first', REPORTS), /写报告 r\.txt/);
    },
    60_000,
  );

  onTerminal(
    named('between reports: one written whole, as the next is named'),
    async () => {
      await stop(check(big, 'between', REPORTS), /写报告 r\.json/);
    },
    60_000,
  );

  onTerminal(
    named('after one report is written whole, while the next is written'),
    async () => {
      await stop(check(big, 'second', REPORTS), /写报告 r\.json/, 300);
    },
    60_000,
  );

  onTerminal(
    named('while an xlsx report is written'),
    async () => {
      await stop(check(big, 'xlsx', ['xlsx:r.xlsx']), /写报告 r\.xlsx/, 1_500);
    },
    60_000,
  );
});

describe('a table cut for length, on a terminal', () => {
  for (const cols of [100, 72])
    onTerminal(
      named(`says so first and leads with the county-years that miss, worst first (${cols} columns)`),
      async () => {
        const pty = onPty([process.execPath, 'bin/duibiao.js', 'check', cut, '--as-of', '2022-12-31', '-f', 'table'], {
          cwd: ROOT,
          cols,
          env: { NO_COLOR: '1', FORCE_COLOR: undefined },
        });
        expect((await pty.ended).code).toBe(1);
        const lines = screen(pty.output(), cols);
        // Said before the table, in the first lines a person sees (the notice wraps at the margin).
        const notice = lines.findIndex((line) => line.includes('表太长未全列'));
        expect(notice).toBeGreaterThanOrEqual(0);
        expect(notice).toBeLessThan(5);
        const ranking = lines.indexOf('排名与未达标');
        expect(ranking).toBeGreaterThan(notice);
        // The ranking's rows, by the county each begins with (continuation lines begin with spaces).
        const rows: string[] = [];
        for (const line of lines.slice(ranking + 2)) {
          if (line === '') break;
          const county = /^\d+\s+(\S+)\s+2022\s/.exec(line)?.[1];
          if (county !== undefined) rows.push(county);
        }
        expect(rows.length).toBe(300);
        // The worst first: 16 of 19 met (云溪县 and 枫岭县, in the order of their ranking), then 18
        // of 19 (石桥县), and only then the county-years that meet every target.
        expect(rows.slice(0, 3)).toEqual(['云溪县', '枫岭县', '石桥县']);
        expect(rows.slice(3).every((county) => county.startsWith('青岚市'))).toBe(true);
        // Drawn for the terminal: no line of the ranking is wider than it, none wrapped by it.
        const raw = pty.output().split('\r\n');
        const table = raw.slice(raw.indexOf('排名与未达标') + 1);
        const widest = Math.max(...table.slice(0, table.indexOf('')).map(columns));
        expect(widest).toBeLessThanOrEqual(cols);
      },
      60_000,
    );
});
