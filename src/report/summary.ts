// Counts only: per rule, how many county verdicts of each status, and the totals.
import { STATUSES, type CheckResult } from '../model/types.js';
import { words } from '../words/words.js';
import { summaryLine } from './summary-line.js';
import { asOfText } from './words.js';
import { visible } from '../model/visible.js';
import type { Reporter } from './types.js';
import { displayWidth } from './layout.js';

export const summary: Reporter = (result) => {
  const w = words();
  const width = Math.max(...result.rules.map((r) => r.id.length), displayWidth(w.summaryWholeDataSet), 4);
  const cell = (text: string | number) => ' '.repeat(Math.max(8 - displayWidth(String(text)), 1)) + String(text);
  const pad = (text: string) => text + ' '.repeat(Math.max(width - displayWidth(text), 0));
  const lines = [`${pad(w.summaryRule)}${STATUSES.map((s) => cell(w.summaryStatus[s])).join('')}`];
  for (const rule of result.rules) {
    const counts = result.ruleCounts[rule.id];
    lines.push(`${rule.id.padEnd(width)}${STATUSES.map((s) => cell(counts?.[s] ?? 0)).join('')}`);
  }
  lines.push(`${pad(w.summaryAllRules)}${STATUSES.map((s) => cell(result.summary[s])).join('')}`);
  lines.push(`${pad(w.summaryWholeDataSet)}${STATUSES.map((s) => cell(result.summary.totals[s])).join('')}`);
  lines.push('', ...problemCounts(result), `${asOfText(result)} · ${summaryLine(result)}`);
  return `${lines.join('\n')}\n`;
};

/** Problems by code, so a million rows do not mean a million lines. */
function problemCounts(result: CheckResult): string[] {
  const byCode = Object.entries(result.problemCounts.byCode);
  if (byCode.length === 0) return [];
  const w = words();
  return [
    w.summaryProblems,
    ...byCode
      .sort((a, b) => b[1].count - a[1].count)
      .map(
        ([code, { count, first }]) =>
          `  ${String(count).padStart(8)}  ${code} (${w.summaryFirstAt(`${visible(first.file)}:${first.line}`)})`,
      ),
    '',
  ];
}
