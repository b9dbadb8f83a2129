// The counts of a run's data problems, kept the same way whichever shell holds the problems: the
// Node side's log (which may spool them to disk) and the page's run in memory.
import type { Problem, ProblemCounts } from '../model/types.js';

/** Counts `problem` in `counts`: every error, and each code with its level and first place. */
export function countProblem(counts: ProblemCounts, problem: Problem): void {
  if (problem.level === 'error') counts.errors++;
  const byCode = counts.byCode[problem.code];
  if (byCode) byCode.count++;
  else
    counts.byCode[problem.code] = { count: 1, level: problem.level, first: { file: problem.file, line: problem.line } };
}
