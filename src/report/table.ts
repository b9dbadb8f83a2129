// The analyst's view: which county misses which target, by how much, and why.
import { placeText } from './place.js';
import type { CheckResult, Problem, Verdict } from '../model/types.js';
import { isMiss } from './findings.js';
import { columns, displayWidth, printable } from './layout.js';
import { statusColor, type Paint } from './paint.js';
import { roundLead, ROUND_HEADINGS } from './round.js';
import { summaryLine } from './summary-line.js';
import type { Reporter } from './types.js';
import { asOfText, NO_COUNTY, ruleTitles, STATUS_MARK, STATUS_WORD, verdictText } from './words.js';

export const table: Reporter = (result, context) => {
  const chalk = context.paint;
  const width = Math.max(60, context.width);
  const titles = ruleTitles(result);
  const out: string[] = [heading(result, chalk)];
  const lead = roundLead(result);
  if (lead.notSubmitted.length > 0) out.push(chalk.bold(ROUND_HEADINGS.notSubmitted), ...lead.notSubmitted.map((text) => `  ${chalk.red(printable(text))}`), '');
  if (lead.fresh.length > 0) out.push(chalk.bold(ROUND_HEADINGS.fresh), missTable(lead.fresh, titles, chalk, width), '');
  if (lead.fixed.length > 0) out.push(chalk.bold(ROUND_HEADINGS.fixed), missTable(lead.fixed, titles, chalk, width), '');

  const misses = result.findings.filter(isMiss);
  if (misses.length > 0) {
    out.push(chalk.bold('未达标与待核实 (by county)'), missTable(misses, titles, chalk, width), '');
  }
  out.push(chalk.bold('各项目标 (by target)'), targetTable(result, chalk, width), '');
  if (result.problems.length > 0) out.push(chalk.bold('数据问题 (problems)'), problemLines(result.problems, chalk), '');
  const line = summaryLine(result);
  out.push(result.exitCode === 0 ? chalk.green(line) : chalk.red(line));
  return `${out.join('\n')}\n`;
};

function heading(result: CheckResult, chalk: Paint): string {
  const inputs = result.inputs.map((i) => `  ${printable(i.file)}${i.sheet === undefined ? '' : ` [${printable(i.sheet)}]`} (${i.format}${i.encoding ? `, ${i.encoding}` : ''}): ${i.rows} 行`);
  return [chalk.bold(`duibiao 对标 · ${printable(result.pack.title)} · ${asOfText(result)}`), ...inputs, ''].join('\n');
}

function missTable(misses: Verdict[], titles: Map<string, string>, chalk: Paint, width: number): string {
  const showId = width >= 120;
  const head = ['县市区', '年度', '状态', '目标', '实际 vs 目标', ...(showId ? ['规则'] : [])];
  const rows: string[][] = [head.map((h) => chalk.dim(h))];
  let previous = '';
  for (const v of misses) {
    const place = `${v.county ?? NO_COUNTY}\u0000${v.year ?? ''}`;
    const paint = statusColor(chalk, v.status);
    rows.push([
      place === previous ? '' : v.county === null ? chalk.dim(NO_COUNTY) : printable(v.county),
      place === previous ? '' : String(v.year ?? '?'),
      paint(`${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`),
      titles.get(v.rule) ?? v.rule,
      printable(verdictText(v)),
      ...(showId ? [chalk.dim(v.rule)] : []),
    ]);
    previous = place;
  }
  // Once per rule, not per miss: spreading every miss into Math.max overflows the stack.
  const ruleIds = [...new Set(misses.map((v) => v.rule))];
  const titleWidth = Math.max(...ruleIds.map((id) => displayWidth(titles.get(id) ?? id)));
  return columns(rows, missWidths(width, showId, titleWidth));
}

function missWidths(width: number, showId: boolean, titleWidth: number): number[] {
  const fixed = [10, 4, 10];
  const id = showId ? 42 : 0;
  const rest = width - fixed.reduce((a, b) => a + b, 0) - id - 2 * (showId ? 5 : 4);
  const title = Math.min(titleWidth, Math.max(16, rest - 28));
  return [...fixed, title, Math.max(14, rest - title), ...(showId ? [id] : [])];
}

function targetTable(result: CheckResult, chalk: Paint, width: number): string {
  const totals = new Map<string, Verdict[]>();
  for (const v of result.findings) if (v.scope === 'total') totals.set(v.rule, [...(totals.get(v.rule) ?? []), v]);
  const rows: string[][] = [['目标', '达标县', '全州合计', '级别'].map((h) => chalk.dim(h))];
  for (const rule of result.rules) {
    const counts = result.ruleCounts[rule.id];
    const pass = counts?.pass ?? 0;
    const judged = counts ? Object.values(counts).reduce((a, b) => a + b, 0) - counts.not_applicable : 0;
    const whole = (totals.get(rule.id) ?? []).map((v) => `${v.year} ${statusColor(chalk, v.status)(v.comparison ?? STATUS_WORD[v.status])}`);
    const ratio = `${pass}/${judged}`;
    rows.push([printable(rule.title), pass === judged ? chalk.green(ratio) : chalk.red(ratio), whole.join('\n') || chalk.dim('—'), rule.severity === 'error' ? '错误' : '警告']);
  }
  const titleWidth = Math.max(...result.rules.map((rule) => displayWidth(printable(rule.title))));
  return columns(rows, [Math.min(titleWidth, Math.max(20, width - 52)), 6, 28, 4]);
}

function problemLines(problems: Problem[], chalk: Paint): string {
  return problems
    .map((p) => {
      const where = `${placeText(p, printable)}${p.column ? ` [${p.column}]` : ''}`;
      const level = p.level === 'error' ? chalk.red(p.code) : chalk.dim(p.code);
      return `  ${where}  ${level}  ${printable(p.message)}`;
    })
    .join('\n');
}
