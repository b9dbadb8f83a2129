// Every finding and problem of a result, wherever they are kept: in memory, or, in a large run,
// read back from disk as they were made. Reporters that stream read them here, one at a time.
import type { CheckResult, ShownProblem, ShownVerdict as Verdict, Status } from '../model/types.js';

/** Every finding, county verdicts first and the whole-data-set ones last; only `rule`'s when given. */
export function allFindings(result: Pick<CheckResult, 'findings' | 'spooled'>, rule?: string): Iterable<Verdict> {
  const spooled = result.spooled?.findings;
  if (spooled) return spooled(rule);
  return rule === undefined ? result.findings : result.findings.filter((verdict) => verdict.rule === rule);
}

/**
 * Every finding, for a report that shows only misses (a ranking, annotations): from the kept rows
 * of a large run, a verdict that passes or does not apply comes without values or words; a miss
 * comes whole.
 */
export function briefFindings(result: Pick<CheckResult, 'findings' | 'spooled'>): Iterable<Verdict> {
  const spooled = result.spooled?.findings;
  return spooled ? spooled(undefined, MET_OR_NOT_APPLICABLE) : result.findings;
}

/** What a report that shows only misses shows of a verdict that passes or does not apply: its status. */
const MET_OR_NOT_APPLICABLE: ReadonlySet<Status> = new Set(['pass', 'not_applicable']);

/** Every problem, in the order they came. */
export function* allProblems(result: Pick<CheckResult, 'problems' | 'spooled'>): Generator<ShownProblem> {
  yield* result.problems;
  const rest = result.spooled?.problems;
  if (rest) yield* rest();
}
