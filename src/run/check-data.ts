// The check itself, without the command line: read the files, judge every row, count, decide the exit code.
import { exitCode, type FailOn } from '../engine/outcome.js';
import type { Checker } from '../engine/checker.js';
import type { CheckResult, InputInfo, Row, Verdict } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { formatOf, readDataset } from '../read/dataset.js';
import { ProblemLog } from './problem-log.js';
import { checkerOf, setupOf } from './setup.js';
import { COUNT_WORKER_FROM, worthAThread } from './threads.js';
import { TOOL } from './version.js';

export interface CheckDataOptions {
  /** `--as-of`; undefined lets each row's report_date, else `today`, decide. */
  asOf: string | undefined;
  today: string;
  failOn: FailOn;
  /** Keep only counts, not every county verdict (for formats that need no more). */
  counting: boolean;
  /** `--sheet`: the workbook sheets to read; empty: every sheet with a header. */
  sheets?: readonly string[];
  /** Called after each batch of rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  /** Receives every batch of rows once counted, to make their verdicts elsewhere (`findings` then holds only the whole-data-set ones). */
  onRows?: (rows: readonly Row[]) => void;
  /** Sees every batch of rows as read, whatever else is made of them (the roster's completeness). */
  onRowsRead?: ((rows: readonly Row[]) => void) | undefined;
  /** Where the problems go; by default all are held, or only counted past the first when `counting`. The caller disposes of it. */
  problems?: ProblemLog;
}

export async function checkData(files: readonly string[], pack: Pack, options: CheckDataOptions): Promise<CheckResult> {
  // Counting a large CSV data set, the rows are made and checked on a second thread while this one parses.
  if (options.counting && !options.onRows && !options.onRowsRead && countsInWorker(files)) {
    const counted = await (await import('./count-host.js')).countInWorker(files, pack, options);
    if (counted) return counted;
  }
  const problems = options.problems ?? new ProblemLog(options.counting ? 'count' : 'hold');
  const dataset = readDataset(files, pack.fields, problems.add, options.sheets);
  const checker = checkerOf(setupOf(pack, options));
  const findings: Verdict[] = [];
  const counting = options.counting || options.onRows !== undefined;
  for await (const batch of dataset.batches) {
    if (counting) for (const row of batch) checker.count(row);
    else for (const row of batch) for (const verdict of checker.judge(row)) findings.push(verdict);
    options.onRows?.(batch);
    options.onRowsRead?.(batch);
    options.onProgress?.(checker.rows);
  }
  findings.push(...checker.finish());
  return resultOf(pack, options, dataset.inputs, checker, problems, findings);
}

/** Whether the files are CSV and large enough for the counting to pay for a second thread. */
function countsInWorker(files: readonly string[]): boolean {
  return files.every((file) => formatOf(file) === 'csv') && worthAThread(files, COUNT_WORKER_FROM);
}

/** The check's result, from what the reader and the checker account for. */
export function resultOf(
  pack: Pick<Pack, 'id' | 'title' | 'rules'>,
  options: Pick<CheckDataOptions, 'asOf' | 'today' | 'failOn'>,
  inputs: InputInfo[],
  checker: Checker,
  problems: ProblemLog,
  findings: Verdict[],
): CheckResult {
  const { county, total } = checker.tally;
  const rest = problems.rest();
  return {
    tool: TOOL,
    pack: { id: pack.id, title: pack.title },
    asOf: options.asOf ?? options.today,
    asOfGiven: options.asOf !== undefined,
    inputs,
    rules: pack.rules.map(({ id, title, severity, paragraph, quote, description }) => ({ id, title, severity, paragraph, quote, description })),
    summary: { rows: checker.rows, ...county, problems: problems.count, totals: total },
    ruleCounts: checker.tally.ruleCounts(),
    findings,
    problems: problems.held,
    problemCounts: problems.counts,
    ...(rest ? { spooled: { problems: rest } } : {}),
    exitCode: exitCode(checker.tally, problems.counts.errors, options.failOn),
  };
}
