// The words and marks an analyst sees for each status, and for where a verdict stands.
import {
  CHANGES,
  STATUSES,
  type Change,
  type CheckResult,
  type Status,
  type ShownVerdict as Verdict,
  type WaiverNote,
} from '../model/types.js';
import { words } from '../words/words.js';
import { visible } from '../model/visible.js';
import { periodText } from './period.js';
import { asOfKind } from '../model/as-of.js';

/** Each status's word in the run's language (read when used, so it follows `--lang`). */
export const STATUS_WORD: Readonly<Record<Status, string>> = Object.defineProperties(
  {},
  Object.fromEntries(STATUSES.map((status) => [status, { enumerable: true, get: () => words().status[status] }])),
) as Record<Status, string>;

export const STATUS_MARK: Record<Status, string> = {
  pass: '✓',
  fail: '✗',
  pending: '…',
  not_applicable: '–',
  missing: '?',
  invalid: '!',
  waived: '~',
};

/** What stands for a county whose name cell was blank. */
export function noCounty(): string {
  return words().noCounty;
}

/** "石桥县 2022": whose verdict it is. */
export function placeOf(verdict: Pick<Verdict, 'county' | 'year' | 'period'>): string {
  return `${verdict.county ?? words().noCounty} ${periodText(verdict)}`;
}

/**
 * The verdict without the rule's title: "37.5% < 40% (6/16)", or why it could not be judged; a
 * miss past its deadline says so and when it fell due, as its message does.
 */
export function verdictText(verdict: Verdict): string {
  const figures = verdict.comparison
    ? `${verdict.comparison}${verdict.detail ? ` (${verdict.detail})` : ''}`
    : verdict.message;
  const due = overdueSince(verdict);
  const text = due === undefined ? figures : `${figures} · ${words().overdueNote(due)}`;
  return verdict.waiver ? `${text} · ${waiverText(verdict.waiver)}` : text;
}

/** The date a county miss fell due, when it is overdue: the verdict carries it (engine/compile.ts). */
function overdueSince(verdict: Verdict): string | undefined {
  if (verdict.scope !== 'county' || (verdict.waiver?.status ?? verdict.status) !== 'fail') return undefined;
  return verdict.due;
}

/** Why a verdict is waived, by whom, until when. */
export function waiverText(waiver: WaiverNote): string {
  return words().waiverNote(waiver.reason, waiver.approved_by, waiver.expires);
}

/** How a county verdict moved against the baseline. */
export const CHANGE_WORD: Readonly<Record<Change, string>> = Object.defineProperties(
  {},
  Object.fromEntries(CHANGES.map((change) => [change, { enumerable: true, get: () => words().change[change] }])),
) as Record<Change, string>;

/** Rule id → its title, shown as visible.ts shows text, for the human reports that name a verdict's rule by title. */
export function ruleTitles(result: Pick<CheckResult, 'rules'>): Map<string, string> {
  return new Map(result.rules.map((rule) => [rule.id, visible(rule.title)]));
}

/** When deadlines were judged, as a heading says it. */
export function asOfText(result: Pick<CheckResult, 'asOf' | 'today'>): string {
  const w = words();
  const kind = asOfKind(result);
  return kind === 'report-date'
    ? w.asOfEachRow(result.today)
    : kind === 'today'
      ? w.asOfToday(result.asOf)
      : w.asOf(result.asOf);
}
