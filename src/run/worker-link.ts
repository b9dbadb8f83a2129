// A worker thread as the thread that starts it sees it: started by the path of its module, beside
// this one (the built file or the bundle), answering the requests it is sent one by one, in order.
import { Worker } from 'node:worker_threads';
import { currentLang } from '../words/words.js';

export class WorkerLink<Reply> {
  /** Whether it has said it is ready, and has not failed since. */
  ready = false;
  private settle!: (started: boolean) => void;
  /** True once it is ready; false if it failed first. */
  readonly started = new Promise<boolean>((resolve) => (this.settle = resolve));
  private readonly worker: Worker;
  private readonly replies: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(module: URL, workerData: unknown) {
    // A worker speaks the language of the thread that starts it (see workerSetup).
    this.worker = new Worker(module, { workerData: { lang: currentLang(), setup: workerData } });
    this.worker.on('message', (message: 'ready' | Reply) => {
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

  /** A message that has no answer. */
  post(message: unknown): void {
    this.worker.postMessage(message);
  }

  request(message: unknown): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.replies.push({ resolve, reject });
      this.worker.postMessage(message);
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
