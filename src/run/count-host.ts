// Counts a large CSV data set on two threads: this one reads the files with csv-parse, a worker
// makes rows of the records, keys and counts them. Parsing is most of a check's cost and stays
// here; the rest now runs beside it. The records go over as csv-parse gives them, with their
// lines, and the worker runs the same reader stages and engine a check on one thread runs, in
// the same order, so that its account is the same to the last problem.
import { DuibiaoError } from '../errors.js';
import type { CheckResult } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { readCsvRecords } from '../read/csv.js';
import type { CheckDataOptions } from './check-data.js';
import type { CountMessage, CountReply, CountSetup } from './count-worker.js';
import { AHEAD } from './threads.js';
import { WorkerLink } from './worker-link.js';


/** The result, or undefined when the worker could not start: the caller then counts on one thread. */
export async function countInWorker(files: readonly string[], pack: Pack, options: CheckDataOptions): Promise<CheckResult | undefined> {
  const setup: CountSetup = {
    files,
    pack: { id: pack.id, title: pack.title, rules: pack.rules, fields: pack.fields },
    options: { asOf: options.asOf, today: options.today, failOn: options.failOn },
  };
  const worker = new WorkerLink<CountReply>(new URL('./count-worker.js', import.meta.url), setup);
  try {
    const counting: Promise<CountReply>[] = [];
    for (const [index, file] of files.entries()) {
      const csv = await readCsvRecords(file);
      worker.post({ kind: 'file', index, encoding: csv.encoding, estimatedRows: csv.estimatedRows } satisfies CountMessage);
      for await (const batch of csv.batches) {
        const request = worker.request({ kind: 'records', ...batch } satisfies CountMessage);
        // Only the oldest is awaited: should the worker fail, the others must not go unhandled.
        request.catch(() => {});
        counting.push(request);
        if (counting.length < AHEAD) continue;
        const counted = await counting.shift()!;
        options.onProgress?.((counted as { rows: number }).rows);
      }
      worker.post({ kind: 'end-file' } satisfies CountMessage);
    }
    return (await worker.request({ kind: 'finish' } satisfies CountMessage)) as CheckResult;
  } catch (error) {
    // Only a worker that never started leaves the count to this thread; the files' own errors stand.
    if (!(error instanceof DuibiaoError) && !(await worker.started)) return undefined;
    throw error;
  } finally {
    await worker.stop();
  }
}
