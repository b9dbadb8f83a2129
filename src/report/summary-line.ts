// The one-line account of a run, shared by the human formats.
import type { CheckResult, Status } from '../model/types.js';
import { STATUS_WORD } from './words.js';

const ORDER: Status[] = ['pass', 'fail', 'pending', 'missing', 'invalid', 'not_applicable'];

export function summaryLine(result: CheckResult): string {
  const { summary, rules } = result;
  const counts = ORDER.filter((status) => summary[status] > 0).map((status) => `${STATUS_WORD[status]} ${summary[status]}`);
  const errors = result.problemCounts.errors;
  const problems = summary.problems === 0 ? '无数据问题' : `数据问题 ${summary.problems}（错误 ${errors}）`;
  return `${summary.rows} 行 × ${rules.length} 条规则: ${counts.join(' · ') || '无判定'} · ${problems} → exit ${result.exitCode}`;
}
