// `duibiao check`: read → pack → engine → report, and the exit code.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { Checker } from '../engine/checker.js';
import { openPack } from '../pack/open.js';
import { readDataset } from '../read/dataset.js';
import type { CheckResult, Problem, Verdict } from '../model/types.js';
import { COUNTING_FORMATS, reporters } from '../report/index.js';
import { painter } from '../report/paint.js';
import { parseAsOf, today } from './dates.js';
import { parseOutputs } from './formats.js';
import { writeReport, writeStdout } from './output.js';
import { Progress } from './progress.js';
import { TOOL } from './version.js';

export interface CheckFlags {
  rules?: string;
  format: string[];
  output?: string;
  asOf?: string;
  failOn: FailOn;
}

export async function runCheck(files: string[], flags: CheckFlags): Promise<0 | 1> {
  const outputs = parseOutputs(flags.format, flags.output);
  const asOf = parseAsOf(flags.asOf);
  const pack = await openPack(flags.rules);
  const problems: Problem[] = [];
  const dataset = readDataset(files, pack.fields, (problem) => problems.push(problem));
  const checker = new Checker(pack.rules, pack.fields, { asOf, today: today() });
  const findings: Verdict[] = [];
  const counting = outputs.every((output) => COUNTING_FORMATS.has(output.format));
  const progress = new Progress();
  for await (const batch of dataset.batches) {
    if (counting) for (const row of batch) checker.count(row);
    else for (const row of batch) for (const verdict of checker.judge(row)) findings.push(verdict);
    progress.update(checker.rows);
  }
  progress.done();
  findings.push(...checker.finish());

  const { county, total } = checker.tally;
  const code = exitCode(checker.tally, problems, flags.failOn);
  const result: CheckResult = {
    tool: TOOL,
    pack: { id: pack.id, title: pack.title },
    asOf: asOf ?? today(),
    inputs: dataset.inputs,
    rules: pack.rules.map(({ id, title, severity, paragraph, quote, description }) => ({ id, title, severity, paragraph, quote, description })),
    summary: { rows: checker.rows, ...county, problems: problems.length, totals: total },
    ruleCounts: checker.tally.ruleCounts(),
    findings,
    problems,
    exitCode: code,
  };
  // Files first, and the exit code settled before stdout: a reader that stops early
  // (`| head`) ends the process, and should cost neither a report file nor the code.
  process.exitCode = code;
  const toStdout = outputs.filter((output) => output.file === undefined);
  for (const { format, file } of [...outputs.filter((output) => output.file !== undefined), ...toStdout]) {
    const toTerminal = file === undefined && process.stdout.isTTY === true;
    const reporter = await reporters[format]();
    const color = toTerminal && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
    const text = reporter(result, { color, paint: await painter(color), width: toTerminal ? (process.stdout.columns ?? 100) : 100 });
    if (file === undefined) await writeStdout(text);
    else await writeReport(file, text);
  }
  return code;
}
