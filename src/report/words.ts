// The words and marks an analyst sees for each status, and for where a verdict stands.
import { STATUSES, type CheckResult, type Status, type Verdict } from '../model/types.js';
import { words } from '../words/words.js';

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
};

/** What stands for a county whose name cell was blank. */
export const NO_COUNTY = '(无县名)';

/** "石桥县 2022": whose verdict it is. */
export function placeOf(verdict: Verdict): string {
  return `${verdict.county ?? words().noCounty} ${verdict.year ?? '?'}`;
}

/** The verdict without the rule's title: "37.5% < 40% (6/16)", or why it could not be judged. */
export function verdictText(verdict: Verdict): string {
  if (!verdict.comparison) return verdict.message;
  return `${verdict.comparison}${verdict.detail ? ` (${verdict.detail})` : ''}`;
}

/** Rule id → its title, for reports that name a verdict's rule by title. */
export function ruleTitles(result: Pick<CheckResult, 'rules'>): Map<string, string> {
  return new Map(result.rules.map((rule) => [rule.id, rule.title]));
}

/** When deadlines were judged, as a heading says it. */
export function asOfText(result: CheckResult): string {
  return result.asOfGiven ? `as of ${result.asOf}` : `as of each row's 填报日期 (else ${result.asOf})`;
}
