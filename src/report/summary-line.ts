// The one-line account of a run, shared by the human formats.
import { CHANGES, type CheckResult, type Status } from '../model/types.js';
import { words } from '../words/words.js';
import { CHANGE_WORD, STATUS_WORD } from './words.js';

const ORDER: Status[] = ['pass', 'fail', 'pending', 'missing', 'invalid', 'waived', 'not_applicable'];

export function summaryLine(result: CheckResult): string {
  const { summary, rules } = result;
  const counts = ORDER.filter((status) => summary[status] > 0).map(
    (status) => `${STATUS_WORD[status]} ${grouped(summary[status])}`,
  );
  const errors = result.problemCounts.errors;
  const w = words();
  const problems = summary.problems === 0 ? w.noProblems : w.problemCount(grouped(summary.problems), grouped(errors));
  const changes = summary.changes
    ? ` · ${CHANGES.map((change) => `${CHANGE_WORD[change]} ${grouped(summary.changes![change])}`).join(' · ')}`
    : '';
  return w.summaryLine(
    grouped(summary.rows),
    rules.length,
    `${counts.join(' · ') || w.noVerdicts}${changes}`,
    problems,
    result.exitCode,
  );
}

/** A count as statistical tables print it, in either language: 5,215,476. */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
