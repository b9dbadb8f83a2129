import { afterEach, describe, expect, it } from 'vitest';
import { fitted, Progress, progressLine, writeShare } from '../../src/cli/progress.js';
import type { RowMeterReading } from '../../src/run/row-meter.js';
import { displayWidth } from '../../src/report/layout.js';
import { useLang } from '../../src/words/words.js';

/** A terminal or a pipe that keeps what is written to it. */
function stream(isTTY: boolean): { isTTY: boolean; text: string[]; write(text: string): boolean } {
  return {
    isTTY,
    text: [],
    write(text: string) {
      this.text.push(text);
      return true;
    },
  };
}

afterEach(() => useLang('zh'));

describe('the progress line', () => {
  it('while reading, gives the share of the bytes read and the time left from the pace so far', () => {
    const line = progressLine({ phase: { kind: 'read' }, rows: 120_000, done: 25, total: 100, elapsed: 10_000 });
    expect(line).toContain('25%');
    expect(line).toContain('120,000');
    // A quarter in 10 s: 30 s to go.
    expect(line).toContain('30');
    expect(line).toMatch(/剩/);
  });

  it('says a second at least is left while the last bytes are read', () => {
    const line = progressLine({ phase: { kind: 'read' }, rows: 10, done: 99, total: 100, elapsed: 20_000 });
    expect(line).toContain('约剩 1 秒');
  });

  it("names the report being written, in the run's language", () => {
    useLang('en');
    const line = progressLine({
      phase: { kind: 'write', report: '通报.html (html)' },
      rows: 0,
      done: 0,
      total: 0,
      elapsed: 65_000,
    });
    expect(line).toContain('通报.html (html)');
    expect(line).toContain('1 min 5 s');
    expect(line.replace('通报', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('while a report is written, gives the share of its work and the time left, in either language', () => {
    const state = {
      phase: { kind: 'write', report: 'r.html (html)' },
      rows: 0,
      done: 40,
      total: 100,
      elapsed: 8_000,
    } as const;
    expect(progressLine(state)).toBe('写报告 r.html (html) · 40% · 约剩 12 秒');
    useLang('en');
    expect(progressLine(state)).toBe('writing r.html (html) · 40% · about 12 s left');
  });

  it('while the verdicts are gathered, gives the share when one is known', () => {
    const line = progressLine({ phase: { kind: 'judge' }, rows: 0, done: 1, total: 4, elapsed: 3_000 });
    expect(line).toBe('汇总判定结果 · 25% · 约剩 9 秒');
  });

  it('once all is done, says the time so far, not a time left', () => {
    const line = progressLine({
      phase: { kind: 'write', report: 'r.xlsx (xlsx)' },
      rows: 0,
      done: 100,
      total: 100,
      elapsed: 8_000,
    });
    expect(line).toBe('写报告 r.xlsx (xlsx) · 100% · 已用 8 秒');
  });

  it('goes by the pace since the share was known, when it was known only after the phase began', () => {
    const state = { phase: { kind: 'read' }, rows: 0, done: 60, total: 100, elapsed: 6_000 } as const;
    // 60% in 6 s: 4 s to go; but 50% of it in the last 2 s: 2 s.
    expect(progressLine(state)).toContain('约剩 4 秒');
    expect(progressLine({ ...state, known: { done: 10, elapsed: 4_000 } })).toContain('约剩 2 秒');
  });

  it("takes the pace of a workbook's reading from when it is opened, not from the run's start", () => {
    let now = 0;
    let share: { done: number; total: number } | undefined;
    const out = stream(true);
    const progress = new Progress({ read: () => share, stream: out, now: () => now });
    progress.update(0);
    now = 3_000;
    share = { done: 10, total: 100 };
    progress.update(0);
    expect(out.text.at(-1)).toContain('读取 · 10% · 0 行 · 已用 3 秒');
    now = 5_000;
    share = { done: 60, total: 100 };
    progress.update(1_000);
    expect(out.text.at(-1)).toContain('读取 · 60% · 1,000 行 · 约剩 2 秒');
    progress.done();
  });

  it('with no size known, gives no share nor time left', () => {
    const line = progressLine({ phase: { kind: 'read' }, rows: 10, done: 0, total: 0, elapsed: 5_000 });
    expect(line).not.toContain('%');
    expect(line).not.toMatch(/剩/);
  });

  it('draws on a terminal after the first second, at most twice a second, each phase at once, and clears itself', () => {
    let now = 0;
    let read = 0;
    const out = stream(true);
    const progress = new Progress({ read: () => ({ done: read, total: 1000 }), stream: out, now: () => now });
    progress.update(10);
    expect(out.text).toEqual([]);
    now = 1_200;
    read = 500;
    progress.update(5_000);
    expect(out.text).toHaveLength(1);
    expect(out.text[0]).toContain('50%');
    now = 1_400;
    progress.update(6_000);
    expect(out.text).toHaveLength(1);
    progress.phase({ kind: 'judge' });
    expect(out.text).toHaveLength(2);
    progress.phase({ kind: 'write', report: 'r.xlsx (xlsx)' });
    expect(out.text.at(-1)).toContain('r.xlsx (xlsx)');
    progress.done();
    expect(out.text.at(-1)).toBe('\r\u001b[K');
  });

  it("measures a report's writing by the kept rows passed over, against the rows × the passes of its format", () => {
    const meter: RowMeterReading = { kept: 1_000, passes: 0, passed: 0 };
    let now = 0;
    const out = stream(true);
    const progress = new Progress({ read: () => undefined, rows: () => ({ ...meter }), stream: out, now: () => now });
    now = 2_000;
    // Rows read back before the report began (another report's) are not its own.
    meter.passes = 1;
    meter.passed = 1_000;
    progress.phase({ kind: 'write', report: 'r.md (markdown)', passes: 2 });
    expect(out.text.at(-1)).toContain('r.md (markdown) · 0% ·');
    now = 4_000;
    meter.passes = 2;
    meter.passed = 1_500;
    progress.update(0);
    // 500 of 2 × 1,000 rows in 2 s: a quarter, 6 s to go.
    expect(out.text.at(-1)).toContain('r.md (markdown) · 25% · 约剩 6 秒');
    now = 6_000;
    meter.passes = 3;
    meter.passed = 2_500;
    progress.update(0);
    expect(out.text.at(-1)).toContain('75% · 约剩 1 秒');
    progress.done();
  });

  it('writes nothing to a pipe', () => {
    let now = 0;
    const out = stream(false);
    const progress = new Progress({ read: () => ({ done: 500, total: 1000 }), stream: out, now: () => now });
    now = 5_000;
    progress.update(10);
    progress.phase({ kind: 'judge' });
    progress.done();
    expect(out.text).toEqual([]);
  });

  it('is cut to less than the terminal is wide, wide characters counted as two cells', () => {
    const line = '写报告 一个名字很长的报告文件.xlsx (xlsx) · 已用 3 秒';
    expect(fitted(line, undefined)).toBe(line);
    expect(fitted(line, 200)).toBe(line);
    for (const columns of [10, 20, 31, 40]) {
      const cut = fitted(line, columns);
      expect(displayWidth(cut)).toBeLessThan(columns);
      expect(cut.endsWith('…')).toBe(true);
      expect(line.startsWith(cut.slice(0, -1))).toBe(true);
    }
  });

  it("draws the line to fit the terminal's width", () => {
    let now = 0;
    const out = { ...stream(true), columns: 20 };
    const progress = new Progress({ read: () => ({ done: 500, total: 1000 }), stream: out, now: () => now });
    now = 2_000;
    progress.phase({ kind: 'write', report: 'a-long-report-name.xlsx (xlsx)' });
    expect(displayWidth(out.text.at(-1)!.replace('\r\u001b[K', ''))).toBeLessThan(20);
    progress.done();
  });
});

describe("a report's share of its passes over the kept rows", () => {
  const from: RowMeterReading = { kept: 200, passes: 3, passed: 600 };

  it('is the rows passed over since the report began, against the rows × its passes', () => {
    expect(writeShare(2, from, { kept: 200, passes: 4, passed: 650 })).toEqual({ done: 50, total: 400 });
    expect(writeShare(2, from, { kept: 200, passes: 5, passed: 1_000 })).toEqual({ done: 400, total: 400 });
  });

  it('is not known for a format whose passes are not known, or that makes none', () => {
    expect(writeShare(undefined, from, { kept: 200, passes: 4, passed: 650 })).toBeUndefined();
    expect(writeShare(0, from, from)).toBeUndefined();
  });

  it('is not shown once the report makes more passes than its format was said to: it would be wrong', () => {
    expect(writeShare(1, from, { kept: 200, passes: 5, passed: 850 })).toBeUndefined();
  });
});
