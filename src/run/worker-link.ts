// The one place a worker thread is started and spoken to. A worker runs stage-worker.ts and makes
// the stage it is told to: the findings of batches of rows. Its calls are that stage's methods, sent as messages and run in
// order; a request's answer is the method's return value.
import { Worker } from 'node:worker_threads';

/** The stages a worker can run: `findings` the findings of rows (findings-batch.ts). */
export type StageName = 'findings';

/** A stage's method, called on the worker; `reply` when its return value is to come back. */
export interface StageCall {
  method: string;
  args: unknown[];
  reply: boolean;
}

/** What the worker is handed: the stage to make, and what it is made from. */
export interface StageSetup {
  stage: StageName;
  setup: unknown;
}

type MethodOf<Stage> = { [K in keyof Stage]: Stage[K] extends (...args: never[]) => unknown ? K : never }[keyof Stage] &
  string;
type ArgsOf<Stage, K extends keyof Stage> = Stage[K] extends (...args: infer A) => unknown ? A : never;
type ReturnOf<Stage, K extends keyof Stage> = Stage[K] extends (...args: never[]) => infer R ? R : never;

export class WorkerLink<Stage> {
  /** Whether it has said it is ready, and has not failed since. */
  ready = false;
  private settle!: (started: boolean) => void;
  /** True once it is ready; false if it failed first. */
  readonly started = new Promise<boolean>((resolve) => (this.settle = resolve));
  private readonly worker: Worker;
  private readonly replies: { resolve: (reply: unknown) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(stage: StageName, setup: unknown) {
    // Started by its path beside this module, the built file or the bundle's. A worker speaks no
    // language: what it makes is messages, said where a report is written; a stage that writes
    // words is handed their language in its setup (RunSetup.lang).
    const workerData = { setup: { stage, setup } satisfies StageSetup };
    this.worker = new Worker(new URL('./stage-worker.js', import.meta.url), { workerData });
    this.worker.on('message', (message: unknown) => {
      if (message !== 'ready') this.replies.shift()!.resolve(message);
      else if (!this.failure) {
        this.ready = true;
        this.settle(true);
      }
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('a worker thread stopped')));
  }

  /** Requests sent and not yet answered. */
  get ahead(): number {
    return this.replies.length;
  }

  /** A call whose return value is not wanted. */
  post<K extends MethodOf<Stage>>(method: K, ...args: ArgsOf<Stage, K>): void {
    this.worker.postMessage({ method, args, reply: false } satisfies StageCall);
  }

  /** A call answered with its return value, in the order of the requests. */
  async request<K extends MethodOf<Stage>>(method: K, ...args: ArgsOf<Stage, K>): Promise<ReturnOf<Stage, K>> {
    if (this.failure) throw this.failure;
    return new Promise((resolve, reject) => {
      this.replies.push({ resolve: resolve as (reply: unknown) => void, reject });
      this.worker.postMessage({ method, args, reply: true } satisfies StageCall);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.ready = false;
    this.settle(false);
    for (const reply of this.replies.splice(0)) reply.reject(error);
  }
}
