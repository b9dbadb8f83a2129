// Writes the JSON report of a large check straight into its file as the verdicts are made: no
// verdict stays in memory and no byte is copied twice. The counts come first in the report, as
// CLI.md shows them, but are known only at the end; so the findings are written behind room kept
// for everything before them (`jsonHeadSize`), and that room is filled last. The writes run on
// libuv's threads while the check goes on. As every report, it is written to a temporary file
// and renamed into place only when whole.
import { closeSync, openSync, readSync, renameSync, write } from 'node:fs';
import type { CheckResult, Verdict } from '../model/types.js';
import { FindingLines, jsonHead, jsonTail } from '../report/json.js';
import { removedAtExit } from './leftovers.js';
import { temporaryFor, unwritable, writeAll } from './output.js';

/** Chunks being written at once, at most. */
const IN_FLIGHT = 16;

export class JsonReportFile {
  private readonly temporary: string;
  private readonly fd: number;
  private readonly remove: () => void;
  private readonly lines: FindingLines;
  /** Where the next findings go. */
  private position: number;
  private writing = 0;
  private failure: unknown;
  private settled: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly file: string,
    /** The bytes kept for the head. */
    private readonly headSize: number,
    chunk?: number,
  ) {
    this.temporary = temporaryFor(file);
    try {
      this.fd = openSync(this.temporary, 'w+');
    } catch (error) {
      throw unwritable(file, error);
    }
    this.remove = removedAtExit(this.temporary);
    this.position = headSize;
    this.lines = new FindingLines((bytes, release) => {
      // Should the disk fall behind, the check waits for it: memory stays flat.
      if (this.writing < IN_FLIGHT) this.writeAt(bytes, this.position, release);
      else {
        writeAll(this.fd, bytes, this.position);
        release();
      }
      this.position += bytes.length;
    }, chunk);
  }

  add(verdict: Verdict): void {
    this.lines.add(verdict);
  }

  /** Ends the findings, writes the head and the tail, and puts the report in place. */
  async writeJson(result: CheckResult): Promise<void> {
    try {
      this.lines.end();
      await this.idle();
      if (this.failure !== undefined) throw this.failure;
      let head = Buffer.from(jsonHead(result));
      // The head outgrows its room only if the reader reported something jsonHeadSize does not
      // know of; the findings then move up to make room. Room to spare is spaces.
      if (head.length > this.headSize) this.shiftFindings(head.length - this.headSize);
      else head = Buffer.concat([head, Buffer.alloc(this.headSize - head.length, ' ')]);
      writeAll(this.fd, Buffer.from([...jsonTail(result)].join('')), this.position);
      writeAll(this.fd, head, 0);
      this.closed = true;
      closeSync(this.fd);
      renameSync(this.temporary, this.file);
    } catch (error) {
      await this.dispose();
      throw unwritable(this.file, error);
    }
  }

  /** Leaves nothing behind but a report put in place. */
  async dispose(): Promise<void> {
    if (!this.closed) {
      // The writes under way end first: the descriptor must not be closed beneath them.
      await this.idle();
      this.closed = true;
      closeSync(this.fd);
    }
    this.remove();
  }

  private writeAt(bytes: Buffer, position: number, release: () => void): void {
    this.writing++;
    write(this.fd, bytes, 0, bytes.length, position, (error, written) => {
      if (error === null && written < bytes.length) {
        // A short write goes on from where it stopped before this one counts as done.
        this.writeAt(bytes.subarray(written), position + written, release);
      } else {
        if (error !== null) this.failure ??= error;
        release();
      }
      if (--this.writing === 0) this.settled?.();
    });
  }

  private idle(): Promise<void> {
    if (this.writing === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.settled = () => {
        this.settled = undefined;
        resolve();
      };
    });
  }

  /** Moves the findings `by` bytes further into the file, from the end back. */
  private shiftFindings(by: number): void {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let end = this.position; end > this.headSize; ) {
      const start = Math.max(this.headSize, end - buffer.length);
      let read = 0;
      while (read < end - start) {
        const got = readSync(this.fd, buffer, read, end - start - read, start + read);
        if (got === 0) throw new Error('the report file is shorter than was written');
        read += got;
      }
      writeAll(this.fd, buffer.subarray(0, read), start + by);
      end = start;
    }
    this.position += by;
  }
}
