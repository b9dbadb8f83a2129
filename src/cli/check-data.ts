// The check itself, without the command line: read the files, judge every row, count, decide the exit code.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { Checker } from '../engine/checker.js';
import type { CheckResult, Problem, Row, Verdict } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { readDataset } from '../read/dataset.js';
import { TOOL } from './version.js';

export interface CheckOptions {
  /** `--as-of`; undefined lets each row's report_date, else `today`, decide. */
  asOf: string | undefined;
  today: string;
  failOn: FailOn;
  /** Keep only counts, not every county verdict (for formats that need no more). */
  counting: boolean;
  /** Called after each batch of rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  /**
   * Receives every batch of rows once counted, to make their verdicts elsewhere (`findings` then
   * holds only the whole-data-set ones); the next batch is read when it resolves.
   */
  onRows?: (rows: readonly Row[]) => void | Promise<void>;
}

export async function checkData(files: readonly string[], pack: Pack, options: CheckOptions): Promise<CheckResult> {
  const problems: Problem[] = [];
  const dataset = readDataset(files, pack.fields, (problem) => problems.push(problem));
  const checker = new Checker(pack.rules, pack.fields, { asOf: options.asOf, today: options.today });
  const findings: Verdict[] = [];
  const counting = options.counting || options.onRows !== undefined;
  for await (const batch of dataset.batches) {
    if (counting) for (const row of batch) checker.count(row);
    else for (const row of batch) for (const verdict of checker.judge(row)) findings.push(verdict);
    await options.onRows?.(batch);
    options.onProgress?.(checker.rows);
  }
  findings.push(...checker.finish());
  const { county, total } = checker.tally;
  return {
    tool: TOOL,
    pack: { id: pack.id, title: pack.title },
    asOf: options.asOf ?? options.today,
    asOfGiven: options.asOf !== undefined,
    inputs: dataset.inputs,
    rules: pack.rules.map(({ id, title, severity, paragraph, quote, description }) => ({ id, title, severity, paragraph, quote, description })),
    summary: { rows: checker.rows, ...county, problems: problems.length, totals: total },
    ruleCounts: checker.tally.ruleCounts(),
    findings,
    problems,
    exitCode: exitCode(checker.tally, problems, options.failOn),
  };
}
