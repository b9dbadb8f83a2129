import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProblemLog } from '../../src/run/problem-log.js';
import type { Problem } from '../../src/model/types.js';

const problem = (line: number, level: Problem['level'] = 'error'): Problem => ({
  file: '县.csv',
  line,
  column: 'county',
  code: 'duplicate-row-key',
  level,
  message: `第 ${line} 行重复`,
});

describe('ProblemLog', () => {
  it('given more problems than it holds, spools the rest and reads them back in order', () => {
    const log = new ProblemLog('spool', 3);
    for (let line = 2; line < 12; line++) log.add(problem(line, line % 2 ? 'notice' : 'error'));
    expect(log.held.map((p) => p.line)).toEqual([2, 3, 4]);
    const rest = log.rest()!;
    expect([...rest()].map((p) => p.line)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect([...rest()]).toEqual([5, 6, 7, 8, 9, 10, 11].map((line) => problem(line, line % 2 ? 'notice' : 'error')));
    expect(log.count).toBe(10);
    expect(log.counts).toEqual({
      errors: 5,
      byCode: { 'duplicate-row-key': { count: 10, level: 'error', first: { file: '县.csv', line: 2 } } },
    });
    log.dispose();
  });

  it('given only counting, keeps the counts of what it does not hold, and no file', () => {
    const log = new ProblemLog('count', 2);
    for (let line = 2; line < 7; line++) log.add(problem(line));
    expect(log.held).toHaveLength(2);
    expect(log.rest()).toBeUndefined();
    expect(log).toMatchObject({ count: 5, counts: { errors: 5 } });
  });

  it('given disposal, removes its spool', () => {
    const log = new ProblemLog('spool', 0);
    log.add(problem(2));
    const path = (log as unknown as { spool: { path: string } }).spool.path;
    expect(existsSync(path)).toBe(true);
    log.dispose();
    expect(existsSync(path)).toBe(false);
  });
});
