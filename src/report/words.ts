// The words and marks an analyst sees for each status, and for where a verdict stands.
import type { Change, CheckResult, Status, Verdict, WaiverNote } from '../model/types.js';
import { visible } from './visible.js';

export const STATUS_WORD: Record<Status, string> = {
  pass: '达标',
  fail: '未达标',
  pending: '待到期',
  not_applicable: '不适用',
  missing: '缺数据',
  invalid: '数据无效',
  waived: '已豁免',
};

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
export const NO_COUNTY = '(无县名)';

/** "石桥县 2022": whose verdict it is. */
export function placeOf(verdict: Pick<Verdict, 'county' | 'year'>): string {
  return `${verdict.county ?? NO_COUNTY} ${verdict.year ?? '?'}`;
}

/** The verdict without the rule's title: "37.5% < 40% (6/16)", or why it could not be judged. */
export function verdictText(verdict: Verdict): string {
  const text = verdict.comparison ? `${verdict.comparison}${verdict.detail ? ` (${verdict.detail})` : ''}` : verdict.message;
  return verdict.waiver ? `${text} · ${waiverText(verdict.waiver)}` : text;
}

/** Why a verdict is waived, by whom, until when. */
export function waiverText(waiver: WaiverNote): string {
  return `豁免: ${waiver.reason}（${waiver.approved_by} 批准，至 ${waiver.expires}）`;
}

/** How a county verdict moved against the baseline. */
export const CHANGE_WORD: Record<Change, string> = {
  new: '新增',
  persisting: '持续',
  fixed: '已整改',
  same: '不变',
};

/** Rule id → its title, shown as visible.ts shows text, for the human reports that name a verdict's rule by title. */
export function ruleTitles(result: Pick<CheckResult, 'rules'>): Map<string, string> {
  return new Map(result.rules.map((rule) => [rule.id, visible(rule.title)]));
}

/** When deadlines were judged, as a heading says it. */
export function asOfText(result: CheckResult): string {
  return result.asOfGiven ? `as of ${result.asOf}` : `as of each row's 填报日期 (else ${result.asOf})`;
}
