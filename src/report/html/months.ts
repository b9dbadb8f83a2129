// The bulletin's month-by-month view of a rule judged per county and month (the price subsidy of
// paragraph 8): for each month, whether the rule applied (the index month before it triggered),
// and which counties paid in full, late or short, not yet, or sent nothing usable. Read in the
// bulletin's one pass over the findings; a few names per cell are kept, the rest counted.
import type { CheckResult, ShownVerdict as Verdict, Status } from '../../model/types.js';
import { escapeHtml as e } from './escape.js';
import { WORDS } from './words.js';

/** Counties named in one cell at most; the rest are counted. */
const NAMES = 12;

type Column = 'paid' | 'late' | 'pending' | 'noData';
const COLUMN: Partial<Record<Status, Column>> = {
  pass: 'paid',
  fail: 'late',
  pending: 'pending',
  missing: 'noData',
  invalid: 'noData',
};

interface Month {
  /** A verdict that only a month whose condition held can have (pass, fail, pending). */
  applied: boolean;
  /** A not_applicable verdict: the condition did not hold. */
  notApplied: boolean;
  cells: Record<Column, { names: string[]; count: number }>;
}

export class MonthTally {
  /** Rule id → month → what its counties did. */
  private readonly rules = new Map<string, Map<string, Month>>();

  add(verdict: Verdict): void {
    if (verdict.scope !== 'county' || verdict.period === undefined) return;
    let months = this.rules.get(verdict.rule);
    if (!months) this.rules.set(verdict.rule, (months = new Map<string, Month>()));
    let month = months.get(verdict.period);
    if (!month) {
      const cell = () => ({ names: [], count: 0 });
      month = {
        applied: false,
        notApplied: false,
        cells: { paid: cell(), late: cell(), pending: cell(), noData: cell() },
      };
      months.set(verdict.period, month);
    }
    // A waived verdict keeps its status before the waiver.
    const status = verdict.status === 'waived' ? (verdict.waiver?.status ?? 'waived') : verdict.status;
    if (status === 'not_applicable') month.notApplied = true;
    if (status === 'pass' || status === 'fail' || status === 'pending') month.applied = true;
    const column = COLUMN[status];
    if (column === undefined) return;
    const cell = month.cells[column];
    cell.count++;
    if (cell.names.length < NAMES && verdict.county !== null) cell.names.push(verdict.county);
  }

  /** One section per rule with monthly verdicts, in the pack's order; none in a yearly run. */
  sections(result: Pick<CheckResult, 'rules'>): string {
    return result.rules
      .filter((rule) => this.rules.has(rule.id))
      .map((rule) => this.section(rule.id, rule.title))
      .join('\n');
  }

  private section(id: string, title: string): string {
    const months = [...this.rules.get(id)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const names = ({ names, count }: { names: string[]; count: number }): string =>
      count === 0
        ? ''
        : `${e(names.join(WORDS.listJoin))}${count > names.length ? WORDS.moreCounties(count - names.length) : ''}`;
    const rows = months.map(([period, month]) => {
      const state = month.applied ? WORDS.triggered : month.notApplied ? WORDS.notTriggered : WORDS.triggerUnknown;
      const { paid, late, pending, noData } = month.cells;
      return `<tr><td>${e(period)}</td><td>${state}</td><td>${paid.count > 0 ? String(paid.count) : ''}</td><td>${names(late)}</td><td>${names(pending)}</td><td>${names(noData)}</td></tr>`;
    });
    return `<section class="monthly" id="monthly-${e(id)}">
<h2>${e(WORDS.monthly(title))}</h2>
<p class="note">${WORDS.monthlyNote}</p>
<table><thead><tr><th>${WORDS.month}</th><th></th><th>${WORDS.paidInFull}</th><th>${WORDS.lateOrShort}</th><th>${WORDS.notYetDue}</th><th>${WORDS.noData}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
  }
}
