// Counts a large CSV data set on two threads: this one reads the files with csv-parse, a worker
// runs the lane (lane.ts) on the records: rows made, keyed and counted. Parsing is most of a
// check's cost and stays here; the rest runs beside it. The worker's lane is the one a check on
// one thread runs, called in the same order, so its account is the same to the last problem.
import type { Checked, Problem } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import type { TableSink } from '../read/files.js';
import type { CheckDataOptions } from './check-data.js';
import { Lane, type LaneAccount, type LaneHooks, type LaneSetup } from './lane.js';
import type { ProblemLog } from './problem-log.js';
import { WorkerLink } from './worker-link.js';

/** The lane's calls the reading makes, each as it is sent. */
type Call = keyof TableSink;
type Sent = { [K in Call]: { method: K; args: Parameters<Lane[K]> } }[Call];

/**
 * Batches of records sent for each one answered. An answer wakes this thread and, on a machine
 * with no core spare, takes the worker off its core: one every few batches is enough to hold the
 * reading back (the worker runs its calls in order, so an answer says every batch before it is
 * counted).
 */
const ANSWER_EVERY = 4;
/** Answers awaited at once, at most: some eight batches with the worker. */
const ANSWERS_AHEAD = 2;

/** A lane on a worker, called as a Lane is; should the worker never start, a Lane here takes over where it is. */
export class WorkerLane implements TableSink {
  private readonly link: WorkerLink<Lane>;
  /** The lane on this thread, once the worker has failed to start. */
  private local: Lane | undefined;
  /** What was sent before the worker said it is ready: done here should it never be. */
  private unconfirmed: Sent[] | undefined = [];
  /** Answers to come, oldest first; never more than ANSWERS_AHEAD. */
  private readonly waiting: Promise<number>[] = [];
  /** Batches of records sent since the last that asked for an answer. */
  private unanswered = 0;

  constructor(
    private readonly setup: LaneSetup,
    private readonly problems: ProblemLog,
    private readonly hooks: LaneHooks,
  ) {
    this.link = new WorkerLink<Lane>('count', setup);
  }

  startFile(...args: Parameters<Lane['startFile']>): void {
    this.post({ method: 'startFile', args });
  }

  opened(...args: Parameters<Lane['opened']>): void {
    this.post({ method: 'opened', args });
  }

  records(...args: Parameters<Lane['records']>): Promise<void> | undefined {
    return this.send({ method: 'records', args });
  }

  rows(...args: Parameters<Lane['rows']>): Promise<void> | undefined {
    return this.send({ method: 'rows', args });
  }

  endFile(): void {
    this.post({ method: 'endFile', args: [] });
  }

  problem(problem: Problem): void {
    this.post({ method: 'problem', args: [problem] });
  }

  async finish(): Promise<LaneAccount> {
    while (this.local === undefined && this.waiting.length > 0) await this.settleOldest();
    if (this.local === undefined) {
      try {
        return await this.link.request('finish');
      } catch (error) {
        await this.fallBack(error);
      }
    }
    return this.local!.finish();
  }

  /** Whether the worker never started, and this thread took its place. */
  get fellBack(): boolean {
    return this.local !== undefined;
  }

  async dispose(): Promise<void> {
    await this.link.stop();
  }

  /** A call that is not records or rows: `send` gives it no promise. */
  private post(call: Sent): void {
    void this.send(call);
  }

  /** Every few batches of records, and every batch of rows, are requests, answered with the rows counted; the rest are posted. */
  private send(call: Sent): Promise<void> | undefined {
    if (this.local) {
      (this.local[call.method] as (...args: unknown[]) => unknown)(...call.args);
      return undefined;
    }
    if (this.unconfirmed !== undefined) {
      if (this.link.ready) this.unconfirmed = undefined;
      else this.unconfirmed.push(call);
    }
    const asks = call.method === 'rows' || (call.method === 'records' && ++this.unanswered >= ANSWER_EVERY);
    if (!asks) {
      (this.link.post as (method: string, ...args: unknown[]) => void)(call.method, ...call.args);
      return undefined;
    }
    this.unanswered = 0;
    const answer = (this.link.request as (method: string, ...args: unknown[]) => Promise<number>)(
      call.method,
      ...call.args,
    );
    // Only the oldest is awaited: should the worker fail, the others must not go unhandled.
    answer.catch(() => {});
    this.waiting.push(answer);
    return this.waiting.length >= ANSWERS_AHEAD ? this.settleOldest() : undefined;
  }

  private async settleOldest(): Promise<void> {
    let rows: number;
    try {
      rows = await this.waiting.shift()!;
    } catch (error) {
      return this.fallBack(error);
    }
    this.hooks.onProgress?.(rows);
  }

  /**
   * A worker that never started has done nothing: what was sent to it is done here, and the rest
   * goes on here, from where the reading is. One that failed once started stops the check.
   */
  private async fallBack(error: unknown): Promise<void> {
    if (await this.link.started) throw error;
    const lane = new Lane(this.setup, this.problems, this.hooks);
    const sent = this.unconfirmed ?? [];
    this.local = lane;
    this.unconfirmed = undefined;
    this.waiting.length = 0;
    for (const call of sent) (lane[call.method] as (...args: unknown[]) => unknown)(...call.args);
  }
}

/**
 * Counts on two threads, whatever the size of the input: the choice check-data.ts makes for a
 * large one. Undefined when the worker never started (this thread then counted it all).
 */
export async function countInWorker(
  files: readonly string[],
  pack: Pack,
  options: CheckDataOptions,
): Promise<Checked | undefined> {
  let lane: WorkerLane | undefined;
  const result = await (
    await import('./check-data.js')
  ).checkData(files, pack, { ...options, counting: true }, (...args) => (lane = new WorkerLane(...args)));
  return lane!.fellBack ? undefined : result;
}
