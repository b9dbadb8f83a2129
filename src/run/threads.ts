// How large the input is, and whether a second thread pays for its start: the input is large
// enough, and it has a core to run on.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Bytes of CSV input from which counting runs on two threads: some twenty thousand rows. */
export const COUNT_WORKER_FROM = 4 << 20;
/**
 * Bytes of input from which the JSON findings are streamed to disk as they are made, a worker
 * sharing them where a core is spare: some two thousand rows. Below it they are kept in memory.
 */
export const STREAM_FINDINGS_FROM = 256 << 10;
/** Batches with a worker at once, at most: what waits for it stays small. */
export const AHEAD = 4;

/** Whether the files together reach `bytes`, on a machine with a core to spare for a worker. */
export function worthAThread(files: readonly string[], bytes: number): boolean {
  return spareCore() && inputBytes(files) >= bytes;
}

export function spareCore(): boolean {
  return availableParallelism() > 1;
}

/** The files' bytes together. */
export function inputBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + sizeOf(file), 0);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // A file that cannot be read counts for nothing here: its reader reports it.
    return 0;
  }
}
