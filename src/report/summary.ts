// Counts only: per rule, how many county verdicts of each status, and the totals.
import { STATUSES, type CheckResult } from '../model/types.js';
import { summaryLine } from './summary-line.js';
import { visible } from './visible.js';
import type { Reporter } from './types.js';

export const summary: Reporter = (result) => {
  const width = Math.max(...result.rules.map((r) => r.id.length), 4);
  const cell = (text: string | number) => String(text).padStart(8);
  const lines = [`${'rule'.padEnd(width)}${STATUSES.map((s) => cell(s === 'not_applicable' ? 'n/a' : s)).join('')}`];
  for (const rule of result.rules) {
    const counts = result.ruleCounts[rule.id];
    lines.push(`${rule.id.padEnd(width)}${STATUSES.map((s) => cell(counts?.[s] ?? 0)).join('')}`);
  }
  lines.push(`${'all rules'.padEnd(width)}${STATUSES.map((s) => cell(result.summary[s])).join('')}`);
  lines.push(`${'whole data set'.padEnd(width)}${STATUSES.map((s) => cell(result.summary.totals[s])).join('')}`);
  lines.push('', ...problemCounts(result), summaryLine(result));
  return `${lines.join('\n')}\n`;
};

/** Problems by code, so a million rows do not mean a million lines. */
function problemCounts(result: CheckResult): string[] {
  const byCode = Object.entries(result.problemCounts.byCode);
  if (byCode.length === 0) return [];
  return [
    'problems:',
    ...byCode.sort((a, b) => b[1].count - a[1].count).map(([code, { count, first }]) => `  ${String(count).padStart(8)}  ${code} (first at ${visible(first.file)}:${first.line})`),
    '',
  ];
}
