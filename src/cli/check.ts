// `duibiao check`: read → pack → engine → report, and the exit code.
import type { FailOn } from '../engine/outcome.js';
import { BUILTIN_PACK } from '../pack/pack.js';
import { COUNTING_FORMATS, STREAMING_FORMATS, reporters } from '../report/index.js';
import { painter } from '../report/paint.js';
import { parseOutputs, type OutputSpec } from './formats.js';
import { writeText } from '../run/output.js';
import { refuseUnsafeTargets, targetKind } from '../run/targets.js';
import { Progress } from './progress.js';
import { openSession, runSession } from '../run/session.js';
import { ProblemLog } from '../run/problem-log.js';
import type { CheckResult, Row, Verdict } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { inputBytes, spareCore, STREAM_FINDINGS_FROM } from '../run/threads.js';
import { TOOL } from '../run/version.js';
import { findConfig, withConfig } from './config.js';
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
  const flags = withConfig(given, await findConfig(given.config));
  const outputs = parseOutputs(flags.format, flags.output);
  refuseUnsafeTargets(outputs, [...files, flags.rules ?? BUILTIN_PACK, ...[flags.counties, flags.waivers, flags.baseline, flags.config].filter((file) => file !== undefined)]);
  const session = await openSession({ ...flags, sheets: flags.sheet });
  const { pack, asOf, round } = session;
  // Waivers and a baseline change verdicts after they are made, so a round keeps them all in memory.
  const counting = round === undefined && outputs.every((output) => COUNTING_FORMATS.has(output.format));
  const sink = counting || round ? undefined : await findingsSink(outputs, files, pack, asOf, session.today);
  // With the findings on disk, the problems past the first go there too.
  const problems = new ProblemLog(counting ? 'count' : sink ? 'spool' : 'hold');
  try {
    const progress = new Progress();
    const onRows = sink ? (rows: readonly Row[]) => sink.rows(rows) : undefined;
    const result = await runSession(session, files, { counting, problems, onProgress: (rows) => progress.update(rows), onRows });
    progress.done();
    if (sink?.finish) result.spooled = { ...result.spooled, findings: await sink.finish(result) };
    return await writeOutputs(outputs, result, sink);
  } finally {
    await sink?.dispose();
    problems.dispose();
  }
}

/** Makes the JSON findings of the rows as they are read, so that none stays in memory, and writes the report. */
interface FindingsSink {
  rows(batch: readonly Row[]): void;
  writeJson(result: CheckResult, file: string | undefined): Promise<void>;
  /** Ends the findings and reads them back, for the formats other than JSON; absent when only JSON is written. */
  finish?(result: CheckResult): Promise<(rule?: string) => Iterable<Verdict>>;
  /** Leaves nothing behind; safe to call after writeJson. */
  dispose(): Promise<void>;
}

/**
 * Where the findings go of a large input when every format reads them one at a time; undefined
 * keeps them in memory, as a small run, or one with a format that needs them all, does.
 */
async function findingsSink(outputs: readonly OutputSpec[], files: readonly string[], pack: Pack, asOf: string | undefined, today: string): Promise<FindingsSink | undefined> {
  if (!outputs.every((output) => STREAMING_FORMATS.has(output.format))) return undefined;
  if (inputBytes(files) < STREAM_FINDINGS_FROM) return undefined;
  const json = outputs.filter((output) => output.format === 'json');
  const onlyJson = outputs.every((output) => output.format === 'json' || COUNTING_FORMATS.has(output.format));
  // One JSON file and nothing else that reads findings: it is written in place as the check goes.
  // Only a file can be written out of order; a device, a FIFO, stdout by another name spool, as stdout does.
  const file = onlyJson && json.length === 1 && json[0]!.file !== undefined && targetKind(json[0]!.file) === 'file' ? json[0]!.file : undefined;
  const setup = { rules: pack.rules, fields: pack.fields, options: { asOf, today } };
  const withWorker = spareCore();
  // A file is written in place as the check goes; stdout cannot be, so its findings are spooled.
  if (file === undefined) return new (await import('../run/spool.js')).FindingsSpool(setup, withWorker);
  const [{ JsonReportFile }, { jsonHeadSize }] = await Promise.all([import('../run/json-file.js'), import('../report/json/head.js')]);
  return new JsonReportFile(file, jsonHeadSize(TOOL, { id: pack.id, title: pack.title }, asOf ?? today, files), setup, withWorker);
}

async function writeOutputs(outputs: OutputSpec[], result: CheckResult, sink: FindingsSink | undefined): Promise<0 | 1> {
  const code = result.exitCode;
  // Files first, and the exit code settled before stdout: a reader that stops early
  // (`| head`) ends the process, and should cost neither a report file nor the code.
  process.exitCode = code;
  const toStdout = outputs.filter((output) => output.file === undefined);
  for (const { format, file } of [...outputs.filter((output) => output.file !== undefined), ...toStdout]) {
    if (sink && format === 'json') {
      await sink.writeJson(result, file);
      continue;
    }
    const toTerminal = file === undefined && process.stdout.isTTY === true;
    const reporter = await reporters[format]();
    const color = toTerminal && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
    const text = await reporter(result, { color, paint: await painter(color), width: toTerminal ? (process.stdout.columns ?? 100) : 100 });
    await writeText(text instanceof Uint8Array ? [Buffer.from(text)] : text, file);
  }
  return code;
}
