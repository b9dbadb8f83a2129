// The check itself, without the command line: read the files, judge every row, count, decide the exit code.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { Checker } from '../engine/checker.js';
import type { CheckResult, Problem, Verdict } from '../model/types.js';
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
  /** Receives every verdict, in order, instead of the result keeping them. */
  onVerdict?: (verdict: Verdict) => void;
}

export async function checkData(files: readonly string[], pack: Pack, options: CheckOptions): Promise<CheckResult> {
  const problems: Problem[] = [];
  const dataset = readDataset(files, pack.fields, (problem) => problems.push(problem));
  const checker = new Checker(pack.rules, pack.fields, { asOf: options.asOf, today: options.today });
  const findings: Verdict[] = [];
  const handOn = options.onVerdict;
  for await (const batch of dataset.batches) {
    if (handOn) for (const row of batch) for (const verdict of checker.judge(row)) handOn(verdict);
    else if (options.counting) for (const row of batch) checker.count(row);
    else for (const row of batch) for (const verdict of checker.judge(row)) findings.push(verdict);
    options.onProgress?.(checker.rows);
  }
  for (const verdict of checker.finish()) {
    handOn?.(verdict);
    findings.push(verdict);
  }
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
