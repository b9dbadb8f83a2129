// The one place that decides a run's exit code.
import type { Problem } from '../model/types.js';
import type { Tally } from './tally.js';

export type FailOn = 'error' | 'warning' | 'never';

export function exitCode(tally: Tally, problems: readonly Problem[], failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = tally.failing.error + (failOn === 'warning' ? tally.failing.warning : 0);
  const dataErrors = problems.some((problem) => problem.level === 'error');
  return failing > 0 || dataErrors ? 1 : 0;
}
