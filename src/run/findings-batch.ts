// The findings of batches of rows, encoded into chunks of bytes: the same object on this thread
// and on a findings worker (the stage `findings` of worker-link.ts).
import type { Checker } from '../engine/checker.js';
import type { Row } from '../model/types.js';
import { FindingLines } from '../report/json/encoder.js';
import { checkerOf, type RunSetup } from './setup.js';
import { VerdictWords } from '../report/shown.js';

/** Bytes of a chunk the findings are encoded into, here and on the worker. */
export const CHUNK = 1 << 20;

export class BatchFindings {
  private readonly checker: Checker;
  /** The verdicts said in the run's language, as the JSON report says them. */
  readonly said: VerdictWords;

  constructor(setup: RunSetup) {
    this.checker = checkerOf(setup);
    this.said = new VerdictWords(setup.lang ?? 'zh', setup.rules);
  }

  /** The rows' findings as chunks of their own (kept, not reused), the first after `before` lines. */
  encode(rows: readonly Row[], before: number): Buffer[] {
    const parts: Buffer[] = [];
    const lines = new FindingLines((bytes) => parts.push(bytes) > 0, CHUNK, before, undefined, this.said);
    this.addTo(lines, rows);
    lines.flush();
    return parts;
  }

  /** How many findings the rows have: one per rule of each row's table. */
  lines(rows: readonly Row[]): number {
    let lines = 0;
    for (const row of rows) lines += this.checker.rulesOf(row).length;
    return lines;
  }

  /** Adds the rows' findings to `lines`, one per rule per row. */
  addTo(lines: FindingLines, rows: readonly Row[]): void {
    for (const row of rows) for (const verdict of this.checker.verdicts(row)) lines.add(verdict);
  }
}
