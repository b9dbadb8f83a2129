import { afterEach, describe, expect, it } from 'vitest';
import { fitted, Progress, progressLine } from '../../src/cli/progress.js';
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
    const line = progressLine({ phase: { kind: 'read' }, rows: 120_000, read: 25, total: 100, elapsed: 10_000 });
    expect(line).toContain('25%');
    expect(line).toContain('120,000');
    // A quarter in 10 s: 30 s to go.
    expect(line).toContain('30');
    expect(line).toMatch(/剩/);
  });

  it('says a second at least is left while the last bytes are read', () => {
    const line = progressLine({ phase: { kind: 'read' }, rows: 10, read: 99, total: 100, elapsed: 20_000 });
    expect(line).toContain('约剩 1 秒');
  });

  it("names the report being written, in the run's language", () => {
    useLang('en');
    const line = progressLine({
      phase: { kind: 'write', report: '通报.html (html)' },
      rows: 0,
      read: 0,
      total: 0,
      elapsed: 65_000,
    });
    expect(line).toContain('通报.html (html)');
    expect(line).toContain('1 min 5 s');
    expect(line.replace('通报', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('with no size known, gives no share nor time left', () => {
    const line = progressLine({ phase: { kind: 'read' }, rows: 10, read: 0, total: 0, elapsed: 5_000 });
    expect(line).not.toContain('%');
    expect(line).not.toMatch(/剩/);
  });

  it('draws on a terminal after the first second, at most twice a second, each phase at once, and clears itself', () => {
    let now = 0;
    let read = 0;
    const out = stream(true);
    const progress = new Progress({ total: 1000, read: () => read, stream: out, now: () => now });
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

  it('writes nothing to a pipe', () => {
    let now = 0;
    const out = stream(false);
    const progress = new Progress({ total: 1000, read: () => 500, stream: out, now: () => now });
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
    const progress = new Progress({ total: 1000, read: () => 500, stream: out, now: () => now });
    now = 2_000;
    progress.phase({ kind: 'write', report: 'a-long-report-name.xlsx (xlsx)' });
    expect(displayWidth(out.text.at(-1)!.replace('\r\u001b[K', ''))).toBeLessThan(20);
    progress.done();
  });
});
