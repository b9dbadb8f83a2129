// Opens the yearly round's inputs (--counties, --waivers, --baseline) and hands the check what it needs of them.
import type { FailOn } from '../engine/outcome.js';
import { DuibiaoError } from '../errors.js';
import { section } from '../words/words.js';
import type { Checked, Problem, Row } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { tablesOf } from '../model/tables.js';
import { rosterCodes, type RosterCodes } from '../roster/by-code.js';
import type { RoundIndex } from '../round/match.js';
import type { LaneAccount } from './lane.js';

export interface RoundFlags {
  counties?: string | undefined;
  waivers?: string | undefined;
  baseline?: string | undefined;
  failOnNew?: boolean | undefined;
}

export interface Round {
  /** The waivers and the baseline, indexed: every county verdict is matched with them as it is made. Absent with a roster alone. */
  index: RoundIndex | undefined;
  /** With a roster: its counties by code, which name the rows as they are keyed. */
  roster: RosterCodes | undefined;
  /** Sees every batch of rows as it is read; absent without a roster. */
  observe: ((rows: readonly Row[]) => void) | undefined;
  /** Where the roster's problems go as the rows pass: the run's own problems, so that they are bounded as those are. */
  reportTo(report: (problem: Problem) => void): void;
  /** After the last row: the roster's expected counties that sent none. */
  endRows(): void;
  /** The check's result with the round's notices, changes and exit code, from the account of the lane that made its verdicts. */
  finish(result: Checked, account: LaneAccount): Checked;
}

/** Undefined when the run has no round inputs: the check then goes as it always did. `asOf`: the day waivers are judged at. */
export async function openRound(
  flags: RoundFlags,
  pack: Pack,
  failOn: FailOn,
  asOf: string,
): Promise<Round | undefined> {
  if (flags.failOnNew === true && flags.baseline === undefined)
    throw new DuibiaoError('usage', section('usage').failOnNew);
  if (flags.counties === undefined && flags.waivers === undefined && flags.baseline === undefined) return undefined;
  const [roster, waivers, baseline, { finishRound }, { roundIndex }] = await Promise.all([
    flags.counties === undefined
      ? undefined
      : import('../roster/read.js').then((m) => m.readRoster(flags.counties!, pack.fields)),
    flags.waivers === undefined
      ? undefined
      : import('../waivers/load.js').then((m) =>
          m.loadWaivers(
            flags.waivers!,
            pack.rules.map((rule) => rule.id),
          ),
        ),
    flags.baseline === undefined
      ? undefined
      : import('../baseline/read.js').then((m) => m.readBaseline(flags.baseline!)),
    import('../round/apply.js'),
    import('../round/match.js'),
  ]);
  // Held here only until the run hands over its own problems (reportTo), which every check does.
  const problems: Problem[] = [];
  let report = (problem: Problem): void => void problems.push(problem);
  const completeness =
    roster &&
    new (await import('../roster/completeness.js')).Completeness(
      roster,
      pack.fields.findIndex((f) => f.name === 'county_code'),
      (p) => report(p),
      new Set(
        tablesOf(pack.fields)
          .filter((table) => table.keyless)
          .map((table) => table.index),
      ),
    );
  let ended = false;
  const endRows = (): void => {
    if (!ended) completeness?.finish();
    ended = true;
  };
  // Only the index of the waivers and the baseline is kept: their files are small, the run's verdicts need not be.
  const index = roundIndex(waivers, baseline?.findings, asOf);
  const inputs = {
    problems,
    waivers,
    baseline: baseline && { file: baseline.file, tool: baseline.tool, pack: baseline.pack, findings: [] },
    failOn,
    failOnNew: flags.failOnNew === true,
  };
  return {
    roster: roster && rosterCodes(roster),
    index: waivers || baseline ? index : undefined,
    observe: completeness && ((rows) => completeness.observe(rows)),
    reportTo: (to) => {
      for (const problem of problems.splice(0)) to(problem);
      report = to;
    },
    endRows,
    finish: (result, account) => {
      endRows();
      const round = account.round ?? { used: [], changes: undefined, newFailing: { error: 0, warning: 0 } };
      return finishRound(result, { ...round, failing: account.failing }, index, inputs);
    },
  };
}
