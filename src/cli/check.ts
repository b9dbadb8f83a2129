// `duibiao check`: read → pack → engine → report, and the exit code.
import type { FailOn } from '../engine/outcome.js';
import { BUILTIN_PACK } from '../pack/pack.js';
import { COUNTING_FORMATS, formats } from '../report/index.js';
import { painter } from '../report/paint.js';
import { parseOutputs, type OutputSpec } from './formats.js';
import { writeText } from '../run/output.js';
import { refuseUnsafeTargets } from '../run/targets.js';
import { findingsSink, type FindingsSink } from '../run/findings-sink.js';
import { inputFiles } from '../run/threads.js';
import { Progress } from './progress.js';
import { openSession, runSession } from '../run/session.js';
import { ProblemLog } from '../run/problem-log.js';
import type { CheckResult, Row } from '../model/types.js';
import { findConfig, withConfig } from './config.js';
import { useConfigLang } from './lang.js';
import type { RoundFlags } from '../run/round.js';

export interface CheckFlags extends RoundFlags {
  rules?: string;
  format: string[];
  output?: string;
  asOf?: string;
  /** undefined: the config's, else error. */
  failOn?: FailOn;
  config?: string;
  /** `--sheet`: the workbook sheets to read. */
  sheet?: string[];
}

export async function runCheck(files: string[], given: CheckFlags): Promise<0 | 1> {
  const config = await findConfig(given.config);
  useConfigLang(config?.lang);
  const flags = withConfig(given, config);
  const outputs = parseOutputs(flags.format, flags.output);
  refuseUnsafeTargets(outputs, [...files, flags.rules ?? BUILTIN_PACK, ...[flags.counties, flags.waivers, flags.baseline, flags.config].filter((file) => file !== undefined)]);
  const session = await openSession({ ...flags, sheets: flags.sheet });
  const { pack, asOf, round } = session;
  // Each input's size is taken once, for every choice of threads the run makes.
  const input = inputFiles(files);
  // Waivers and a baseline change verdicts after they are made, so a round keeps them all in memory.
  const counting = round === undefined && outputs.every((output) => COUNTING_FORMATS.has(output.format));
  const sink = counting || round ? undefined : await findingsSink(outputs, input, pack, asOf, session.today);
  // With the findings on disk, the problems past the first go there too.
  const problems = new ProblemLog(counting ? 'count' : sink ? 'spool' : 'hold');
  try {
    const progress = new Progress();
    const onRows = sink ? (rows: readonly Row[]) => sink.rows(rows) : undefined;
    const result = await runSession(session, input, { counting, problems, onProgress: (rows) => progress.update(rows), onRows });
    progress.done();
    if (sink?.finish) result.spooled = { ...result.spooled, findings: await sink.finish(result) };
    return await writeOutputs(outputs, result, sink);
  } finally {
    await sink?.dispose();
    problems.dispose();
  }
}

async function writeOutputs(outputs: OutputSpec[], result: CheckResult, sink: FindingsSink | undefined): Promise<0 | 1> {
  const code = result.exitCode;
  // Files first, and the exit code settled before stdout: a reader that stops early
  // (`| head`) ends the process, and should cost neither a report file nor the code.
  process.exitCode = code;
  const toStdout = outputs.filter((output) => output.file === undefined);
  for (const { format, file } of [...outputs.filter((output) => output.file !== undefined), ...toStdout]) {
    if (await sink?.write({ format, file }, result)) continue;
    // Node's types say boolean; a pipe's stream has no isTTY at all.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
    const toTerminal = file === undefined && process.stdout.isTTY === true;
    const reporter = await formats[format].load();
    const color = toTerminal && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed number, absent on a stream that is no terminal
    const width = toTerminal ? (process.stdout.columns ?? 100) : 100;
    const text = reporter(result, { color, paint: await painter(color), width });
    await writeText(text, file);
  }
  return code;
}
