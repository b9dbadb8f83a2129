// Opens the yearly round's inputs (--counties, --waivers, --baseline) and hands the check what it needs of them.
import type { FailOn } from '../engine/outcome.js';
import { DuibiaoError } from '../errors.js';
import { section } from '../words/words.js';
import type { CheckResult, Problem, Row } from '../model/types.js';
import type { Pack } from '../pack/pack.js';

export interface RoundFlags {
  counties?: string | undefined;
  waivers?: string | undefined;
  baseline?: string | undefined;
  failOnNew?: boolean | undefined;
}

export interface Round {
  /** Sees every batch of rows as it is read. */
  observe: (rows: readonly Row[]) => void;
  /** The check's result with the round applied; it needs every county verdict. */
  finish(result: CheckResult): CheckResult;
}

/** Undefined when the run has no round inputs: the check then goes as it always did. */
export async function openRound(flags: RoundFlags, pack: Pack, failOn: FailOn): Promise<Round | undefined> {
  if (flags.failOnNew === true && flags.baseline === undefined) throw new DuibiaoError('usage', section('usage').failOnNew);
  if (flags.counties === undefined && flags.waivers === undefined && flags.baseline === undefined) return undefined;
  const [roster, waivers, baseline, { applyRound }] = await Promise.all([
    flags.counties === undefined ? undefined : import('../roster/read.js').then((m) => m.readRoster(flags.counties!, pack.fields)),
    flags.waivers === undefined ? undefined : import('../waivers/load.js').then((m) => m.loadWaivers(flags.waivers!, pack.rules.map((rule) => rule.id))),
    flags.baseline === undefined ? undefined : import('../baseline/read.js').then((m) => m.readBaseline(flags.baseline!)),
    import('../round/apply.js'),
  ]);
  const problems: Problem[] = [];
  const completeness = roster && new (await import('../roster/completeness.js')).Completeness(roster, pack.fields.findIndex((f) => f.name === 'county_code'), (p) => problems.push(p));
  return {
    observe: (rows) => completeness?.observe(rows),
    finish: (result) => {
      completeness?.finish();
      return applyRound(result, { problems, waivers, baseline, failOn, failOnNew: flags.failOnNew === true });
    },
  };
}
