// The worker of findings-writer: judges the batches of rows handed to it and sends back their
// findings, encoded, the bytes moved rather than copied.
import { parentPort } from 'node:worker_threads';
import { checkerOf } from './setup.js';
import { encodeBatch } from './findings-batch.js';
import type { FindingsSetup, Job } from './findings-writer.js';
import { workerSetup } from './worker-setup.js';

const setup = workerSetup<FindingsSetup>();
const port = parentPort!;
const checker = checkerOf(setup);

port.on('message', ({ rows, before }: Job) => {
  const parts = encodeBatch(checker, rows, before);
  port.postMessage(parts, [...new Set(parts.map((part) => part.buffer as ArrayBuffer))]);
});
port.postMessage('ready');
