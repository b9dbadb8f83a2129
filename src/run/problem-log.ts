// The data problems of a run, counted as they come. The first ones are held; past that, a run that
// reads them back as it writes its reports spools them to disk, and a run that only counts keeps
// just the counts. So a file where most rows are duplicates costs no more memory than a clean one.
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem, ProblemCounts } from '../model/types.js';
import { removedAtExit } from './leftovers.js';
import { writeAll } from './output.js';
import { spooledItems } from './spool-lines.js';
import { countProblem } from './problem-counts.js';
import { randomHex } from './random-name.js';

/** Problems held in memory before the rest go to disk: more than any report shows one by one. */
export const HELD_PROBLEMS = 10_000;

/** What happens to the problems past those held. */
export type Overflow = 'hold' | 'spool' | 'count';

const FLUSH_AT = 1 << 20;

export class ProblemLog {
  readonly held: Problem[] = [];
  readonly counts: ProblemCounts = { errors: 0, byCode: {} };
  count = 0;
  private spool: { fd: number; path: string; position: number; remove: () => void } | undefined;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    readonly overflow: Overflow,
    private readonly hold = HELD_PROBLEMS,
  ) {}

  readonly add = (problem: Problem): void => {
    this.count++;
    countProblem(this.counts, problem);
    if (this.overflow === 'hold' || this.held.length < this.hold) this.held.push(problem);
    else if (this.overflow === 'spool') this.toSpool(problem);
  };

  /** The problems past those held, read back from disk; undefined when there are none there. */
  rest(): (() => Iterable<Problem>) | undefined {
    const spool = this.spool;
    if (!spool) return undefined;
    this.flush();
    return () => spooledItems<Problem>(spool.fd, 0, spool.position);
  }

  /** Closes and removes the spool, if any. */
  dispose(): void {
    const spool = this.spool;
    this.spool = undefined;
    if (!spool) return;
    closeSync(spool.fd);
    spool.remove();
  }

  private toSpool(problem: Problem): void {
    if (!this.spool) {
      const path = join(tmpdir(), `duibiao-problems-${randomHex(12)}.jsonl`);
      // O_EXCL: a name no one else holds, never a link someone left there.
      const fd = openSync(path, 'wx+', 0o600);
      this.spool = { fd, path, position: 0, remove: removedAtExit(path) };
    }
    const line = `${JSON.stringify(problem)}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (!this.spool || this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''));
    writeAll(this.spool.fd, bytes, this.spool.position);
    this.spool.position += bytes.length;
    this.pending = [];
    this.pendingLength = 0;
  }
}
