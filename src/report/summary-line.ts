// The one-line account of a run, shared by the human formats.
import type { CheckResult, Status } from '../model/types.js';
import { words } from '../words/words.js';
import { STATUS_WORD } from './words.js';

const ORDER: Status[] = ['pass', 'fail', 'pending', 'missing', 'invalid', 'not_applicable'];

export function summaryLine(result: CheckResult): string {
  const { summary, rules } = result;
  const counts = ORDER.filter((status) => summary[status] > 0).map((status) => `${STATUS_WORD[status]} ${summary[status]}`);
  const errors = result.problems.filter((p) => p.level === 'error').length;
  const w = words();
  const problems = summary.problems === 0 ? w.noProblems : w.problemCount(summary.problems, errors);
  return w.summaryLine(summary.rows, rules.length, counts.join(' · ') || w.noVerdicts, problems, result.exitCode);
}
