// The one place that decides a run's exit code.
import type { Problem, Severity, Verdict } from '../model/types.js';
import { tallyOf, type Tally } from './tally.js';

export type FailOn = 'error' | 'warning' | 'never';

export function exitCode(tally: Tally, problems: readonly Problem[], failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = tally.failing.error + (failOn === 'warning' ? tally.failing.warning : 0);
  const dataErrors = problems.some((problem) => problem.level === 'error');
  return failing > 0 || dataErrors ? 1 : 0;
}

/**
 * The exit code of a check whose every verdict is at hand, as waivers and a baseline leave them:
 * a waived verdict never fails; with `failOnNew` only the misses new against the baseline do
 * (data problems still do: they are not misses a baseline can know).
 */
export function exitCodeOfFindings(rules: readonly { id: string; severity: Severity }[], findings: readonly Verdict[], problems: readonly Problem[], failOn: FailOn, failOnNew: boolean): 0 | 1 {
  const counted = failOnNew ? findings.filter((verdict) => verdict.change === 'new') : findings;
  return exitCode(tallyOf(rules, counted), problems, failOn);
}
