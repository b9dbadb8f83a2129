// The findings of a batch of rows, encoded into chunks of bytes: the same on this thread and on
// the findings worker, which loads this and nothing more of the writer.
import type { Checker } from '../engine/checker.js';
import type { Row } from '../model/types.js';
import { FindingLines } from '../report/json/encoder.js';

/** Bytes of a chunk the findings are encoded into, here and on the worker. */
export const CHUNK = 1 << 20;

/** The rows' findings as chunks of their own (kept, not reused), the first after `before` lines. */
export function encodeBatch(checker: Checker, rows: readonly Row[], before: number): Buffer[] {
  const parts: Buffer[] = [];
  const lines = new FindingLines((bytes) => parts.push(bytes) > 0, CHUNK, before);
  for (const row of rows) for (const verdict of checker.verdicts(row)) lines.add(verdict);
  lines.flush();
  return parts;
}
