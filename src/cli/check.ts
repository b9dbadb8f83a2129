// `duibiao check`: read → pack → engine → report, and the exit code.
import type { FailOn } from '../engine/outcome.js';
import { openPack } from '../pack/open.js';
import { COUNTING_FORMATS, reporters } from '../report/index.js';
import { painter } from '../report/paint.js';
import { parseAsOf, today } from './dates.js';
import { parseOutputs, type OutputSpec } from './formats.js';
import { writeReport, writeStdout } from './output.js';
import { Progress } from './progress.js';
import { checkData } from './check-data.js';
import type { FindingsSpool } from './spool.js';
import type { CheckResult, Verdict } from '../model/types.js';

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
  const counting = outputs.every((output) => COUNTING_FORMATS.has(output.format));
  // JSON beside counting formats only: verdicts go to a spool on disk as they are made, none kept.
  const spooling = !counting && outputs.every((o) => o.format === 'json' || COUNTING_FORMATS.has(o.format));
  const spool = spooling ? new (await import('./spool.js')).FindingsSpool() : undefined;
  try {
    const progress = new Progress();
    const onVerdict = spool ? (verdict: Verdict) => spool.add(verdict) : undefined;
    const result = await checkData(files, pack, { asOf, today: today(), failOn: flags.failOn, counting, onProgress: (rows) => progress.update(rows), onVerdict });
    progress.done();
    return await writeOutputs(outputs, result, spool);
  } finally {
    spool?.dispose();
  }
}

async function writeOutputs(outputs: OutputSpec[], result: CheckResult, spool: FindingsSpool | undefined): Promise<0 | 1> {
  const code = result.exitCode;
  // Files first, and the exit code settled before stdout: a reader that stops early
  // (`| head`) ends the process, and should cost neither a report file nor the code.
  process.exitCode = code;
  const toStdout = outputs.filter((output) => output.file === undefined);
  for (const { format, file } of [...outputs.filter((output) => output.file !== undefined), ...toStdout]) {
    const toTerminal = file === undefined && process.stdout.isTTY === true;
    const reporter = await reporters[format]();
    const color = toTerminal && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
    const text = spool && format === 'json' ? spooledJson(result, spool, await import('../report/json.js')) : reporter(result, { color, paint: await painter(color), width: toTerminal ? (process.stdout.columns ?? 100) : 100 });
    if (file === undefined) await writeStdout(text);
    else await writeReport(file, text);
  }
  return code;
}

function* spooledJson(result: CheckResult, spool: FindingsSpool, json: typeof import('../report/json.js')): Generator<string | Buffer> {
  yield json.jsonHead(result);
  yield* spool.chunks();
  yield* json.jsonTail(result);
}
