// The inside of a WorkerLink: what the worker was handed. It is handed no language: the stages
// make messages, and one that says words (the findings of a JSON report written in place) takes
// their language from its own setup.
import { workerData } from 'node:worker_threads';

export function workerSetup(): unknown {
  return (workerData as { setup: unknown }).setup;
}
