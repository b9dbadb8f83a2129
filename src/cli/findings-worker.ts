// The worker of findings-writer: judges the batches of rows handed to it and sends back their
// findings, encoded, the bytes moved rather than copied.
import { parentPort, workerData } from 'node:worker_threads';
import { Checker } from '../engine/checker.js';
import { FindingLines } from '../report/json.js';
import { CHUNK, type FindingsSetup, type Job } from './findings-writer.js';

const setup = workerData as FindingsSetup;
const port = parentPort!;
const checker = new Checker(setup.rules, setup.fields, setup.options);

port.on('message', ({ rows, before }: Job) => {
  const parts: Buffer[] = [];
  const lines = new FindingLines((bytes) => parts.push(bytes) > 0, CHUNK, before);
  for (const row of rows) for (const verdict of checker.judge(row)) lines.add(verdict);
  lines.flush();
  port.postMessage(parts, [...new Set(parts.map((part) => part.buffer as ArrayBuffer))]);
});
port.postMessage('ready');
