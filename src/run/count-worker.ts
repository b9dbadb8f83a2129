// The worker of count-host: makes rows of the records handed to it, keys and counts them, and
// sends the check's result when told to finish.
import { parentPort } from 'node:worker_threads';
import type { FailOn } from '../engine/outcome.js';
import type { CheckResult, FieldSpec, InputInfo } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { CsvRecords, type RecordBatch } from '../read/csv.js';
import { DatasetRows } from '../read/dataset.js';
import { resultOf } from './check-data.js';
import { ProblemLog } from './problem-log.js';
import { checkerOf, setupOf } from './setup.js';
import { workerSetup } from './worker-setup.js';

export interface CountSetup {
  files: readonly string[];
  pack: { id: string; title: string; rules: RuleSpec[]; fields: FieldSpec[] };
  options: { asOf: string | undefined; today: string; failOn: FailOn };
}

export type CountMessage =
  | { kind: 'file'; index: number; encoding: InputInfo['encoding']; estimatedRows: number }
  | ({ kind: 'records' } & RecordBatch)
  | { kind: 'end-file' }
  | { kind: 'finish' };

/** The rows counted so far, after a batch of records; the result, after `finish`. */
export type CountReply = { rows: number } | CheckResult;

const { files, pack, options } = workerSetup<CountSetup>();
const port = parentPort!;
// Only counting formats are asked for: past the first, the problems are counted, not kept.
const problems = new ProblemLog('count');
const dataset = new DatasetRows(files, pack.fields, problems.add);
const checker = checkerOf(setupOf(pack, options));
let reader: CsvRecords | undefined;

port.on('message', (message: CountMessage) => {
  if (message.kind === 'file') {
    const report = dataset.startFile(message.index);
    dataset.opened(message.encoding, message.estimatedRows);
    reader = new CsvRecords(files[message.index]!, pack.fields, report);
  } else if (message.kind === 'records') {
    const rows = reader!.batch(message);
    if (rows.length > 0) {
      dataset.rows(rows);
      for (const row of rows) checker.count(row);
    }
    port.postMessage({ rows: checker.rows } satisfies CountReply);
  } else if (message.kind === 'end-file') {
    const rows = reader!.finish();
    if (rows.length > 0) {
      dataset.rows(rows);
      for (const row of rows) checker.count(row);
    }
  } else {
    port.postMessage(resultOf(pack, options, dataset.inputs, checker, problems, checker.finish()) satisfies CountReply);
  }
});
port.postMessage('ready');
