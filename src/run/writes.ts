// Positional writes into a report's file handed to libuv's threads, so that copying the bytes into
// the kernel (a fifth of the JSON report's time when done on this thread: docs/performance.md)
// runs on the other core while this thread makes the next chunk. At most `depth` writes are out at
// once, so memory stays bounded: past that, a caller that can wait waits (`room`), and one that
// cannot writes the chunk here and now. Each write names its place in the file, so their order of
// completion does not matter.
import { write } from 'node:fs';
import { writeAll } from './output.js';

/** Writes out at once, at most: each holds its chunk (up to a MiB) until it is done. */
const DEPTH = 8;

export class Writes {
  private out = 0;
  private failure: { error: unknown } | undefined;
  private waiters: (() => void)[] = [];
  /** Chunks whose writes are done, for the maker of chunks to fill again (`spare`). */
  private readonly spares: Buffer[] = [];

  constructor(
    private readonly fd: number,
    private readonly depth = DEPTH,
  ) {}

  /**
   * Writes `bytes` at `position`: handed to another thread when there is room (true: the bytes are
   * held until written, and must not be changed), else written here at once (false: the caller
   * may reuse them). A write that failed before is thrown here. `chunk`, the buffer that `bytes`
   * are the start of, is kept once they are written, for `spare` to hand out again.
   */
  put(bytes: Uint8Array, position: number, chunk?: Buffer): boolean {
    this.check();
    if (bytes.length === 0) return false;
    if (this.out >= this.depth) {
      writeAll(this.fd, bytes, position);
      return false;
    }
    this.out++;
    this.send(bytes, 0, position, chunk);
    return true;
  }

  /** A chunk of `size` bytes whose write is done, to fill again, or a new one: no more are made than are out at once. */
  spare(size: number): Buffer {
    const last = this.spares.length - 1;
    return last >= 0 && this.spares[last]!.length === size ? this.spares.pop()! : Buffer.allocUnsafe(size);
  }

  /** Whether `depth` writes are out: the next is written here, unless the caller waits for `room`. */
  get full(): boolean {
    return this.out >= this.depth;
  }

  /** Resolves once fewer than `depth` writes are out. */
  async room(): Promise<void> {
    while (this.out >= this.depth) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.check();
  }

  /** Resolves once every write is done; rejects with the first that failed. */
  async settle(): Promise<void> {
    while (this.out > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.check();
  }

  private send(bytes: Uint8Array, done: number, position: number, chunk: Buffer | undefined): void {
    write(this.fd, bytes, done, bytes.length - done, position + done, (error, written) => {
      if (error === null && written === 0) error = Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      if (error !== null) this.failure ??= { error };
      // A short write goes on from where it stopped.
      else if (done + written < bytes.length) {
        this.send(bytes, done + written, position, chunk);
        return;
      }
      this.out--;
      if (chunk !== undefined && this.spares.length < this.depth) this.spares.push(chunk);
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    });
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
