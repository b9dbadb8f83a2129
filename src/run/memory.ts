// A check of inputs held in memory (a page's files), by their names: the same reading, judging and
// result as the command line's, on one thread, every verdict and problem held. Nothing here needs
// Node: the inputs' bytes come from a memory host, the tool's name and version are given.
import type { FailOn } from '../engine/outcome.js';
import type { CheckResult, Checked, Problem, ProblemCounts } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { readFiles } from '../read/files.js';
import { memoryHost } from '../read/input-bytes.js';
import { parseAsOf } from './dates.js';
import { readJoined } from './joins.js';
import { Lane, type LaneProblems } from './lane.js';
import { resultOfRun } from './result.js';
import { setupOf } from './setup.js';
import { countProblem } from './problem-counts.js';

/** A named input: a return's file name and its bytes. */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array | Blob;
}

export interface MemoryCheckOptions {
  /** `--as-of`: a date, or `report-date`; by default `today`. */
  asOf?: string | undefined;
  /** The day of the run, YYYY-MM-DD. */
  today: string;
  failOn?: FailOn | undefined;
  /** The tool's name and version, as the JSON report names them. */
  tool: CheckResult['tool'];
}

/** Every problem held and counted, as a run with `hold` keeps them. */
class HeldProblems implements LaneProblems {
  readonly held: Problem[] = [];
  readonly counts: ProblemCounts = { errors: 0, byCode: {} };
  count = 0;

  readonly add = (problem: Problem): void => {
    this.count++;
    countProblem(this.counts, problem);
    this.held.push(problem);
  };
}

/** Checks the inputs, in their order, against the pack: the result `duibiao check` makes of the same files. */
export async function checkInMemory(
  inputs: readonly NamedBytes[],
  pack: Pack,
  options: MemoryCheckOptions,
): Promise<Checked> {
  const failOn = options.failOn ?? 'error';
  const { today } = options;
  const asOf = parseAsOf(options.asOf, today);
  const host = memoryHost(inputs.map(({ name, bytes }) => [name, bytes] as const));
  const files = inputs.map(({ name }) => name);
  const problems = new HeldProblems();
  const joined = await readJoined(files, pack.fields, pack.rules, [], host);
  const lane = new Lane({ run: setupOf(pack, { asOf, today, joined }), files, stage: 'judge' }, problems);
  await readFiles(files, pack.fields, [], lane, host);
  const account = lane.finish();
  return resultOfRun(options.tool, pack, { asOf, today, failOn }, account, undefined);
}
