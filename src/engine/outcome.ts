// The one place that decides a run's exit code.
import type { Severity, Summary, Verdict } from '../model/types.js';
import { tallyOf, type Tally } from './tally.js';

export type FailOn = 'error' | 'warning' | 'never';

/** `problemErrors`: how many data problems of level error the run counted. */
export function exitCode(tally: Pick<Tally, 'failing'>, problemErrors: number, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = tally.failing.error + (failOn === 'warning' ? tally.failing.warning : 0);
  return failing > 0 || problemErrors > 0 ? 1 : 0;
}

/**
 * The exit code of a check whose every verdict is at hand, as waivers and a baseline leave them:
 * a waived verdict never fails; with `failOnNew` only the misses new against the baseline do
 * (data problems still do: they are not misses a baseline can know).
 */
export function exitCodeOfFindings(
  rules: readonly { id: string; severity: Severity }[],
  findings: readonly Verdict[],
  problemErrors: number,
  failOn: FailOn,
  failOnNew: boolean,
): 0 | 1 {
  const counted = failOnNew ? findings.filter((verdict) => verdict.change === 'new') : findings;
  return exitCode(tallyOf(rules, counted), problemErrors, failOn);
}

/**
 * Whether a run found nothing a person should hear as "not passed": no verdict that misses (fail,
 * missing or invalid, CLI.md "Reports for the office"), whatever its severity, and no data problem
 * of level error. Not the exit code: `--fail-on` (never, or error with a warning target missed) and
 * `--fail-on-new` only choose what fails a script, and a report's words must not pass a miss.
 */
export function missesNothing(result: {
  summary: Pick<Summary, 'fail' | 'missing' | 'invalid'>;
  problemCounts: { errors: number };
}): boolean {
  const { fail, missing, invalid } = result.summary;
  return fail + missing + invalid === 0 && result.problemCounts.errors === 0;
}
