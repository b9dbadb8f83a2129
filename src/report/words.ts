// The words and marks an analyst sees for each status, and for where a verdict stands.
import type { CheckResult, Status, Verdict } from '../model/types.js';

export const STATUS_WORD: Record<Status, string> = {
  pass: '达标',
  fail: '未达标',
  pending: '待到期',
  not_applicable: '不适用',
  missing: '缺数据',
  invalid: '数据无效',
};

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
export function placeOf(verdict: Pick<Verdict, 'county' | 'year'>): string {
  return `${verdict.county ?? NO_COUNTY} ${verdict.year ?? '?'}`;
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
