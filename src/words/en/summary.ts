// English: summary.
import type { summary as zh } from '../zh/summary.js';

export const summary = {
  summaryRule: 'rule',
  summaryAllRules: 'all rules',
  summaryWholeDataSet: 'whole data set',
  summaryProblems: 'problems:',
  summaryFirstAt: (where: string) => `first at ${where}`,
  summaryStatus: {
    pass: 'met',
    fail: 'missed',
    pending: 'pending',
    not_applicable: 'n/a',
    missing: 'no data',
    invalid: 'invalid',
    waived: 'waived',
  },
  summaryLine: (rows: string, rules: number, counts: string, problems: string, exit: number) =>
    `${rows} rows × ${rules} rules: ${counts} · ${problems} → exit ${exit}`,
  noVerdicts: 'no verdicts',
  noProblems: 'no data problems',
  problemCount: (problems: string, errors: string) => `${problems} data problems (${errors} errors)`,
} satisfies typeof zh;
