// A worker thread: makes the stage it was told to (worker-link.ts) and runs the calls it is sent
// on it, one by one, in order. It is only transport: the stage is the very object the thread
// that starts it would run itself.
import { parentPort } from 'node:worker_threads';
import type { StageCall, StageSetup } from './worker-link.js';
import { workerSetup } from './worker-setup.js';
import type { RunSetup } from './setup.js';
import { loadLang } from '../words/words.js';

const { setup } = workerSetup() as StageSetup;
const port = parentPort!;

/** The findings of batches of rows: the one stage a worker runs now (worker-link.ts). */
async function stageOf(): Promise<object> {
  // The findings are said in the language their setup names: its words are loaded, not chosen.
  await loadLang((setup as RunSetup).lang ?? 'zh');
  return new (await import('./findings-batch.js')).BatchFindings(setup as RunSetup);
}

const target = (await stageOf()) as Record<string, (...args: unknown[]) => unknown>;
port.on('message', ({ method, args, reply }: StageCall) => {
  const result = target[method]!(...args);
  if (!reply) return;
  // Encoded bytes are moved, not copied.
  const moved =
    Array.isArray(result) && result.every((part) => part instanceof Uint8Array)
      ? [...new Set(result.map((part: Uint8Array) => part.buffer as ArrayBuffer))]
      : [];
  port.postMessage(result, moved);
});
port.postMessage('ready');
