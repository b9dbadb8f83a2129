// A pull-request comment: the counts, what did not pass county by county, then the data problems.
import { placeText } from './place.js';
import type { CheckResult, Problem, Verdict } from '../model/types.js';
import { isMiss } from './findings.js';
import { roundLead, ROUND_HEADINGS } from './round.js';
import { summaryLine } from './summary-line.js';
import { visible } from './visible.js';
import type { Reporter } from './types.js';
import { asOfText, placeOf, ruleTitles, STATUS_MARK, STATUS_WORD, verdictText } from './words.js';

export const markdown: Reporter = (result) => {
  const out = [`### duibiao 对标 · ${cell(result.pack.title)} · ${asOfText(result)}`, '', `**${cell(summaryLine(result))}**`, ''];
  const lead = roundLead(result);
  if (lead.notSubmitted.length > 0) out.push(`#### ${ROUND_HEADINGS.notSubmitted}`, '', ...lead.notSubmitted.map((text) => `- ${cell(text)}`), '');
  if (lead.fresh.length > 0) out.push(`#### ${ROUND_HEADINGS.fresh}`, '', ...missSections(lead.fresh, result));
  if (lead.fixed.length > 0) out.push(`#### ${ROUND_HEADINGS.fixed}`, '', ...missSections(lead.fixed, result));
  const misses = result.findings.filter(isMiss);
  if (misses.length > 0) out.push('#### 未达标与待核实 (by county)', '', ...missSections(misses, result));
  const problems = result.problems;
  if (problems.length > 0) out.push('#### 数据问题 (problems)', '', ...problemTable(problems), '');
  return `${out.join('\n').trimEnd()}\n`;
};

/** One small table per row of data, headed by its county, year and location. */
function missSections(misses: Verdict[], result: CheckResult): string[] {
  const titles = ruleTitles(result);
  const byRow = new Map<string, Verdict[]>();
  for (const v of misses) {
    const key = v.location ? placeText(v.location) : placeOf(v);
    const group = byRow.get(key);
    if (group) group.push(v);
    else byRow.set(key, [v]);
  }
  const out: string[] = [];
  for (const [where, verdicts] of byRow) {
    out.push(`**${cell(placeOf(verdicts[0]!))}** · ${cell(where)}`, '', '| 状态 | 目标 | 实际 vs 目标 | 规则 |', '|---|---|---|---|');
    for (const v of verdicts) {
      const status = `${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`;
      out.push(row([cell(status), cell(titles.get(v.rule) ?? v.rule), cell(verdictText(v)), code(v.rule)]));
    }
    out.push('');
  }
  return out;
}

function problemTable(problems: Problem[]): string[] {
  const lines = ['| 位置 | 列 | 级别 | 代码 | 说明 |', '|---|---|---|---|---|'];
  for (const p of problems) {
    const where = placeText(p);
    lines.push(row([cell(where), cell(p.column ?? ''), p.level === 'error' ? '错误' : '提示', code(p.code), cell(p.message)]));
  }
  return lines;
}

/** A row of cells already made safe. */
function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Rule ids and problem codes are kebab-case and dots, nothing a code span could trip on. */
function code(id: string): string {
  return `\`${id}\``;
}

/**
 * Text from the data as inert Markdown: no table breaks, emphasis, links, autolinks or HTML,
 * so a county name can neither garble the comment nor smuggle markup into it; and no @mention
 * or #reference, so a report posted as a pull-request comment pings nobody and links nothing (a
 * zero-width space after the sign, as Dependabot writes them).
 */
export function cell(text: string): string {
  return visible(text.replace(/[\r\n]+/g, ' '))
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=[#A-Za-z])/g, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, '$&&#8203;');
}
