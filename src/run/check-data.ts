// The check itself, without the command line: the files are read into one lane (lane.ts), on
// this thread; the lane's account is the result, and the exit code is decided from it.
import type { FailOn } from '../engine/outcome.js';
import type { Checked, Problem, Row } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { readFiles } from '../read/files.js';
import { NODE_HOST } from '../read/node-host.js';
import { lockFileSkipped } from '../read/inputs.js';
import type { WorkerLane } from './count-host.js';
import type { Round } from './round.js';
import { Lane, type LaneAccount, type LaneHooks, type LaneSetup } from './lane.js';
import { resultOfRun } from './result.js';
import { ProblemLog } from './problem-log.js';
import { readJoined } from './joins.js';
import { setupOf } from './setup.js';
import { inputFiles, type InputFiles } from './threads.js';
import { TOOL } from './version.js';

export interface CheckDataOptions {
  /** The date deadlines are judged at; undefined (`--as-of report-date`) lets each row's report_date, else `today`, decide. */
  asOf: string | undefined;
  /** The day of the run. */
  today: string;
  failOn: FailOn;
  /** Keep only counts, not every county verdict (for formats that need no more). */
  counting: boolean;
  /** `--sheet`: the workbook sheets to read; empty: every sheet with a header. */
  sheets?: readonly string[];
  /** Called after each batch of rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  /** Receives every batch of rows once counted, to make their verdicts elsewhere (`findings` then holds only the whole-data-set ones). */
  onRows?: (rows: readonly Row[]) => unknown;
  /** The roster, waivers and baseline: each county verdict is matched with them as it is made, the roster sees every row. */
  round?: Round | undefined;
  /** Where the problems go; by default all are held, or only counted past the first when `counting`. The caller disposes of it. */
  problems?: ProblemLog;
}

/** Makes the lane a check reads into: here, or on a worker. */
export type LaneOf = (setup: LaneSetup, problems: ProblemLog, hooks: LaneHooks) => Lane | WorkerLane;

/** `files`: the paths, or the run's survey of them. `laneOf`: where the lane runs; by default, on this thread. */
export async function checkData(
  files: readonly string[] | InputFiles,
  pack: Pack,
  options: CheckDataOptions,
  laneOf?: LaneOf,
): Promise<Checked> {
  const input = inputFiles(files);
  const problems = options.problems ?? new ProblemLog(options.counting ? 'count' : 'hold');
  const { onRows, round } = options;
  const onRowsRead = round?.observe;
  // The roster's problems join the run's as the rows pass, counted and bounded with them.
  round?.reportTo(problems.add);
  // The tables rules join are read first, whatever the files' order.
  const joined = await readJoined(input.files, pack.fields, pack.rules, options.sheets ?? [], NODE_HOST);
  const setup: LaneSetup = {
    run: setupOf(pack, { ...options, round: round?.index, roster: round?.roster, joined }),
    files: input.files,
    // Rows handed on have their verdicts made elsewhere: here they are only counted.
    stage: options.counting || onRows !== undefined ? 'count' : 'judge',
  };
  const hooks = {
    onRows:
      onRows || onRowsRead
        ? (rows: readonly Row[]) => {
            const wait = onRows?.(rows);
            onRowsRead?.(rows);
            return wait;
          }
        : undefined,
    onProgress: options.onProgress,
  };
  // On this thread: a counting worker cost more time and memory than it saved (docs/performance.md,
  // "One thread for counting"); a caller may still hand a lane of its own.
  const lane = laneOf ? laneOf(setup, problems, hooks) : new Lane(setup, problems, hooks);
  try {
    for (const lock of input.lockFiles ?? []) lane.problem(lockFileSkipped(lock));
    await readFiles(input.files, pack.fields, options.sheets ?? [], lane, NODE_HOST);
    round?.endRows();
    const account = await lane.finish();
    const result = resultOf(pack, options, account, problems.rest());
    return round ? round.finish(result, account) : result;
  } finally {
    if (!(lane instanceof Lane)) await lane.dispose();
  }
}

/** The check's result, from a lane's account; the problems past those held, when they are spooled. */
export function resultOf(
  pack: Pick<Pack, 'id' | 'title' | 'rules' | 'fields'>,
  options: Pick<CheckDataOptions, 'asOf' | 'today' | 'failOn'>,
  account: LaneAccount,
  rest: (() => Iterable<Problem>) | undefined,
): Checked {
  return resultOfRun(TOOL, pack, options, account, rest);
}
