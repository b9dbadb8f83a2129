// The one place that decides a run's exit code.
import type { Tally } from './tally.js';

export type FailOn = 'error' | 'warning' | 'never';

/** `problemErrors`: how many data problems of level error the run counted. */
export function exitCode(tally: Tally, problemErrors: number, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = tally.failing.error + (failOn === 'warning' ? tally.failing.warning : 0);
  return failing > 0 || problemErrors > 0 ? 1 : 0;
}
