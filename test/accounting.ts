// What every report must show: nothing lost, every problem at a place, nothing undecodable shown.
import { CODES } from '../src/model/codes.js';
import { STATUSES, type CheckResult } from '../src/model/types.js';

export type Report = Pick<CheckResult, 'inputs' | 'summary' | 'findings' | 'problems' | 'rules'>;

/**
 * Every way `report` breaks the accounting of rows of one table (a yearly return): each row gets a
 * verdict of every rule the report lists; empty when it holds.
 */
export function accountingBreaks(report: Report, text = JSON.stringify(report)): string[] {
  const breaks: string[] = [];
  const rules = report.rules.length;
  const { summary, inputs, findings, problems } = report;
  const read = inputs.reduce((sum, input) => sum + input.rows, 0);
  if (read !== summary.rows) breaks.push(`rows read ${read} ≠ rows judged ${summary.rows}`);
  const county = findings.filter((f) => f.scope === 'county');
  if (county.length !== summary.rows * rules)
    breaks.push(`${county.length} county verdicts for ${summary.rows} rows × ${rules} rules`);
  const counted = STATUSES.reduce((sum, status) => sum + summary[status], 0);
  if (counted !== county.length) breaks.push(`summary counts ${counted} verdicts, the report has ${county.length}`);
  if (summary.problems !== problems.length)
    breaks.push(`summary counts ${summary.problems} problems, the report has ${problems.length}`);
  const files = new Set(inputs.map((input) => input.file));
  for (const f of county) {
    if (!f.location || !files.has(f.location.file) || !(f.location.line >= 1))
      breaks.push(`verdict without a place: ${JSON.stringify(f)}`);
  }
  for (const p of problems) {
    const info = (CODES as Record<string, { kind: string; level?: string }>)[p.code];
    if (!files.has(p.file) || !Number.isInteger(p.line) || p.line < 1)
      breaks.push(`problem without a place: ${JSON.stringify(p)}`);
    if (info?.kind !== 'data' || !info.level?.includes(p.level))
      breaks.push(`problem with an uncatalogued code or level: ${p.code} ${p.level}`);
  }
  if (text.includes('\uFFFD')) breaks.push('U+FFFD in the report');
  return breaks;
}
