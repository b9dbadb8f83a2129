// Makes the JSON findings of a check's rows and writes them, in order, into a file from a given
// place on. For a large input a worker thread shares the judging and encoding: each batch of rows
// goes to the worker when it has room, else is done here, and the bytes are written in the order
// of the batches. So the second core works while this one also reads and counts. Rows are sent
// rather than verdicts: a row is a few numbers, its verdicts hundreds of bytes of text.
import type { Row, Verdict } from '../model/types.js';
import type { RunSetup } from './setup.js';
import { FindingLines } from '../report/json/encoder.js';
import { BatchFindings, CHUNK } from './findings-batch.js';
import { AHEAD } from './threads.js';
import { WorkerLink } from './worker-link.js';
import { Writes } from './writes.js';

/** What the findings writer and its worker check with: the run's one setup. */
export type FindingsSetup = RunSetup;

/** Batches held for their turn to be written, at most, before the reading is held back. */
const WAITING = AHEAD + 2;

/** A batch's findings, in order: encoded, or still with the worker. */
interface Entry {
  parts: readonly Uint8Array[] | undefined;
  done: Promise<void>;
}

export class FindingsWriter {
  private position: number;
  /** The findings of a batch done on this thread; the worker runs the same stage. */
  private readonly stage: BatchFindings;
  /** Lines of findings so far, written or not. */
  private lines = 0;
  private readonly waiting: Entry[] = [];
  /** Writes straight into the file, for batches with nothing waiting before them. */
  private readonly direct: FindingLines;
  private worker: WorkerLink<BatchFindings> | undefined;
  /** The file's writes, made on another thread while this one judges and encodes. */
  private readonly writes: Writes;
  /** Batches judged on this thread and on the worker. */
  readonly batches = { here: 0, worker: 0 };

  constructor(
    fd: number,
    start: number,
    setup: FindingsSetup,
    /** Whether to share the work with a worker: it boots while this thread starts reading. */
    withWorker: boolean,
  ) {
    this.position = start;
    this.writes = new Writes(fd);
    this.stage = new BatchFindings(setup);
    // Should it fail to start, this thread simply does every batch.
    if (withWorker) this.worker = new WorkerLink<BatchFindings>('findings', setup);
    // A chunk handed to another thread to write is kept there: the next is a fresh one.
    this.direct = new FindingLines(
      // Only bytes of the chunk itself give it back to be filled again, not a line too long for it.
      (bytes) =>
        this.write(bytes, bytes.buffer === this.direct.chunkBuffer.buffer ? this.direct.chunkBuffer : undefined),
      CHUNK,
      0,
      (size) => this.writes.spare(size),
      this.stage.said,
    );
  }

  /**
   * Takes a batch: to the worker when it has room, else here. A promise returned (once WAITING
   * batches are held for their turn, or every write is out) holds the reading back until the
   * oldest is written: memory stays bounded however far the reading runs ahead of the worker.
   */
  rows(batch: readonly Row[]): Promise<void> | undefined {
    this.take(batch);
    if (this.waiting.length >= WAITING) return this.waiting[0]!.done;
    return this.writes.full ? this.writes.room() : undefined;
  }

  private take(batch: readonly Row[]): void {
    const before = this.lines;
    this.lines += this.stage.lines(batch);
    const worker = this.worker;
    // Past AHEAD batches with the worker, this thread takes the next one itself.
    if (worker?.ready && worker.ahead < AHEAD) {
      const entry: Entry = {
        parts: undefined,
        done: worker.request('encode', batch, before).then((parts) => {
          entry.parts = parts;
          this.drain();
        }),
      };
      // Seen to by end(); until then a failure must not go unhandled.
      entry.done.catch(() => {});
      this.waiting.push(entry);
      this.batches.worker++;
      return;
    }
    this.batches.here++;
    if (this.waiting.length === 0) {
      this.direct.lines = before;
      this.stage.addTo(this.direct, batch);
      this.direct.flush();
    } else {
      this.waiting.push({ parts: this.stage.encode(batch, before), done: Promise.resolve() });
    }
  }

  /** Writes the whole-data-set verdicts after the rows' and closes the list; the position after it. */
  async end(totals: readonly Verdict[]): Promise<number> {
    await Promise.all(this.waiting.map((entry) => entry.done));
    await this.dispose();
    this.direct.lines = this.lines;
    for (const verdict of totals) this.direct.add(verdict);
    this.direct.end();
    await this.writes.settle();
    return this.position;
  }

  /** Whether the worker, if any, has started and takes batches. */
  async workerStarted(): Promise<boolean> {
    return (await this.worker?.started) ?? false;
  }

  /** Stops the worker, if any; the file is then the caller's to close. */
  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.stop();
    // No write may still be out when the file is closed; a failure was thrown to whoever wrote.
    await this.writes.settle().catch(() => {});
  }

  /** Writes the batches at the head of the line that are encoded. */
  private drain(): void {
    while (this.waiting.length > 0 && this.waiting[0]!.parts !== undefined) {
      for (const part of this.waiting.shift()!.parts!) this.write(part);
    }
  }

  /** Writes the bytes next in the file; true when they are held until written. */
  private write(bytes: Uint8Array, chunk?: Buffer): boolean {
    const held = this.writes.put(bytes, this.position, chunk);
    this.position += bytes.length;
    return held;
  }
}
