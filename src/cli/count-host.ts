// Counts a large CSV data set on two threads: this one reads the files with csv-parse, a worker
// makes rows of the records, keys and counts them. Parsing is most of a check's cost and stays
// here; the rest now runs beside it. The records go over as csv-parse gives them, with their
// lines, and the worker runs the same reader stages and engine a check on one thread runs, in
// the same order, so that its account is the same to the last problem.
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { readCsvRecords, type RecordBatch } from '../read/csv.js';
import type { CheckOptions } from './check-data.js';
import type { CountMessage, CountSetup } from './count-worker.js';

/** Batches with the worker at once, at most: the records waiting stay few. */
const AHEAD = 4;

/** The result, or undefined when the worker could not start: the caller then counts on one thread. */
export async function countInWorker(files: readonly string[], pack: Pack, options: CheckOptions): Promise<CheckResult | undefined> {
  const worker = new CountWorker({
    files,
    pack: { id: pack.id, title: pack.title, rules: pack.rules, fields: pack.fields },
    options: { asOf: options.asOf, today: options.today, failOn: options.failOn },
  });
  try {
    for (const [index, file] of files.entries()) {
      const csv = await readCsvRecords(file);
      worker.send({ kind: 'file', index, encoding: csv.encoding, estimatedRows: csv.estimatedRows });
      for await (const batch of csv.batches) {
        if (!(await worker.records(batch))) return undefined;
        options.onProgress?.(worker.rows);
      }
      worker.send({ kind: 'end-file' });
    }
    return await worker.result();
  } finally {
    await worker.stop();
  }
}

class CountWorker {
  rows = 0;
  private readonly worker: Worker;
  private ready = false;
  private ahead = 0;
  private failure: Error | undefined;
  private counted: CheckResult | undefined;
  private wake: (() => void) | undefined;

  constructor(setup: CountSetup) {
    this.worker = new Worker(new URL('./count-worker.js', import.meta.url), { workerData: setup });
    this.worker.on('message', (message: 'ready' | { rows: number } | CheckResult) => {
      if (message === 'ready') this.ready = true;
      else if ('rows' in message && typeof message.rows === 'number') {
        this.ahead--;
        this.rows = message.rows;
      } else this.counted = message as CheckResult;
      this.wake?.();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the counting worker stopped')));
  }

  send(message: CountMessage): void {
    this.worker.postMessage(message);
  }

  /** Hands a batch over, waiting while the worker has enough; false if it never started. */
  async records(batch: RecordBatch): Promise<boolean> {
    this.ahead++;
    this.send({ kind: 'records', ...batch });
    try {
      await this.until(() => this.ahead < AHEAD);
    } catch (error) {
      if (!this.ready) return false;
      throw error;
    }
    return true;
  }

  async result(): Promise<CheckResult | undefined> {
    this.send({ kind: 'finish' });
    try {
      await this.until(() => this.counted !== undefined);
    } catch (error) {
      if (!this.ready) return undefined;
      throw error;
    }
    return this.counted;
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
