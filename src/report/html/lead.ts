// The bulletin's lead paragraph, as a 通报 opens: how many counties were checked, how many meet
// every target, the targets most often missed and by whom, and the prefecture's own figures that
// fall short. Tallied a county row at a time, as the rows come, holding only a few names.
import type { RuleInfo, Status, ShownVerdict as Verdict } from '../../model/types.js';
import { escapeHtml as e } from './escape.js';
import type { RuleVerdicts } from '../county-digest.js';
import { PeriodKinds, periodText } from '../period.js';
import { STATUS_LABEL, WORDS } from './words.js';

/** What can fail a run: a county that has one of these for a target misses it. */
const MISSED: ReadonlySet<Status> = new Set<Status>(['fail', 'missing', 'invalid']);
/** A county meets every target when each that applies to it is one of these. */
const MET: ReadonlySet<Status> = new Set<Status>(['pass', 'waived']);

/** Targets the lead names at most, and counties it names for each. */
export const LEAD_TARGETS = 3;
export const LEAD_NAMES = 5;

export function misses(status: Status): boolean {
  return MISSED.has(status);
}

/** A county row as the lead needs it. */
export interface LeadRow {
  county: string | null;
  year: number | null;
  period?: string | undefined;
  byRule: RuleVerdicts;
}

interface Named {
  county: string | null;
  period: string;
}

export class LeadTally {
  rows = 0;
  meetAll = 0;
  private readonly periods = new Set<string>();
  /** What the rows are of: years, months, or both. */
  private readonly kinds = new PeriodKinds();
  private readonly metNames: Named[] = [];
  private readonly missed = new Map<string, { count: number; names: Named[] }>();

  add(row: LeadRow): void {
    this.rows++;
    const period = periodText(row);
    this.periods.add(period);
    this.kinds.see(row);
    let unmet = 0;
    row.byRule.forEach((verdict, rule) => {
      if (verdict.status === 'not_applicable') return;
      if (!MET.has(verdict.status)) unmet++;
      if (!MISSED.has(verdict.status)) return;
      let tally = this.missed.get(rule);
      if (!tally) this.missed.set(rule, (tally = { count: 0, names: [] }));
      tally.count++;
      if (tally.names.length < LEAD_NAMES) tally.names.push({ county: row.county, period });
    });
    if (unmet === 0) {
      this.meetAll++;
      if (this.metNames.length < LEAD_NAMES) this.metNames.push({ county: row.county, period });
    }
  }

  /** County rows that miss the rule (fail, missing, invalid). */
  missCount(rule: string): number {
    return this.missed.get(rule)?.count ?? 0;
  }

  /** The lead paragraph's sentences, each escaped HTML. */
  sentences(rules: readonly RuleInfo[], totals: readonly Verdict[]): string[] {
    const manyPeriods = this.periods.size > 1;
    const name = (n: Named): string => `${e(n.county ?? '?')}${manyPeriods ? ` ${e(n.period)}` : ''}`;
    const names = (list: Named[], count: number): string =>
      list.map(name).join(WORDS.listJoin) + (count > list.length ? WORDS.andMore(count) : '');
    const periods = [...this.periods].sort();
    const out: string[] = [];
    out.push(
      manyPeriods
        ? WORDS.leadCheckedRows(
            this.rows,
            periods.length,
            e(periods[0]!),
            e(periods[periods.length - 1]!),
            WORDS.countyRows[this.kinds.kind],
          )
        : WORDS.leadChecked(this.rows, e(periods[0] ?? '?')),
    );
    if (this.rows > 0) {
      if (this.meetAll === this.rows) out.push(WORDS.leadAllMeet);
      else if (this.meetAll === 0) out.push(WORDS.leadNoneMeet);
      else out.push(WORDS.leadSomeMeet(this.meetAll, names(this.metNames, this.meetAll)));
    }
    const missed = rules
      .map((rule, index) => ({ rule, index, tally: this.missed.get(rule.id) }))
      .filter((m) => m.tally !== undefined && m.tally.count > 0)
      .sort((a, b) => b.tally!.count - a.tally!.count || a.index - b.index);
    if (missed.length > 0) {
      const named = missed
        .slice(0, LEAD_TARGETS)
        .map((m) => WORDS.leadTarget(e(m.rule.title), m.tally!.count, names(m.tally!.names, m.tally!.count)));
      out.push(WORDS.leadMostMissed(named.join(WORDS.clauseJoin)));
      if (missed.length > LEAD_TARGETS) out.push(WORDS.leadOtherMissed(missed.length - LEAD_TARGETS));
    }
    const titles = new Map(rules.map((rule) => [rule.id, rule.title]));
    const short = totals.filter((v) => MISSED.has(v.status));
    if (short.length > 0) {
      const listed = short.map((v) => {
        const what = v.comparison ?? v.message;
        return WORDS.leadTotal(e(titles.get(v.rule) ?? v.rule), STATUS_LABEL[v.status], e(what));
      });
      out.push(WORDS.leadTotalsShort(listed.join(WORDS.listJoin)));
    } else if (totals.length > 0) out.push(WORDS.leadTotalsMet);
    return out;
  }
}

/**
 * Escaped prose with each verdict's word kept whole (`达标`, `does not apply`): a line may break
 * before or after it, never inside. The words hold no markup, so they never match inside a tag.
 */
export function unbroken(html: string): string {
  const labels = Object.values(STATUS_LABEL).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return html.replace(pattern, (word) => `<span class="nb">${word}</span>`);
}

export function leadSection(sentences: readonly string[]): string {
  return `<p class="lead">${unbroken(sentences.join(WORDS.sentenceJoin))}</p>`;
}
