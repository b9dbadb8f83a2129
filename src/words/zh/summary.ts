// Chinese: summary.
import type { Status } from '../../model/types.js';

export const summary = {
  summaryRule: '规则',
  summaryAllRules: '全部规则',
  summaryWholeDataSet: '全体数据',
  summaryProblems: '数据问题:',
  summaryFirstAt: (where: string) => `首次在 ${where}`,
  /** Short status names for the summary's narrow columns. */
  summaryStatus: {
    pass: '达标',
    fail: '未达标',
    pending: '待到期',
    not_applicable: '不适用',
    missing: '缺数据',
    invalid: '无效',
    waived: '已豁免',
  } as Record<Status, string>,
  summaryLine: (rows: string, rules: number, counts: string, problems: string, exit: number) =>
    `${rows} 行 × ${rules} 条规则: ${counts} · ${problems} → 退出码 ${exit}`,
  noVerdicts: '无判定',
  noProblems: '无数据问题',
  problemCount: (problems: string, errors: string) => `数据问题 ${problems}（错误 ${errors}）`,
};
