// The one-line account of a run, shared by the human formats.
import { CHANGES, type CheckResult, type Status } from '../model/types.js';
import { words } from '../words/words.js';
import { CHANGE_WORD, STATUS_WORD } from './words.js';

const ORDER: Status[] = ['pass', 'fail', 'pending', 'missing', 'invalid', 'waived', 'not_applicable'];

export function summaryLine(result: CheckResult): string {
  const { summary, rules } = result;
  const counts = ORDER.filter((status) => summary[status] > 0).map((status) => `${STATUS_WORD[status]} ${summary[status]}`);
  const errors = result.problemCounts.errors;
  const w = words();
  const problems = summary.problems === 0 ? w.noProblems : w.problemCount(summary.problems, errors);
  const changes = summary.changes ? ` · ${CHANGES.map((change) => `${CHANGE_WORD[change]} ${summary.changes![change]}`).join(' · ')}` : '';
  return w.summaryLine(summary.rows, rules.length, `${counts.join(' · ') || w.noVerdicts}${changes}`, problems, result.exitCode);
}
