// Every word of the HTML bulletin meant for a person: the catalogue's, in the run's language.
import { asOfKind } from '../../model/as-of.js';
import type { CheckResult } from '../../model/types.js';
import { section } from '../../words/words.js';
import { PeriodKinds, type PeriodKind } from '../period.js';

export const WORDS = section('html');

/** When the deadlines were judged, as the bulletin says it. */
export function asOfLine(result: Pick<CheckResult, 'asOf' | 'today'>): string {
  const kind = asOfKind(result);
  return kind === 'report-date'
    ? WORDS.asOfRows(result.today)
    : kind === 'today'
      ? WORDS.asOfToday(result.asOf)
      : WORDS.asOfGiven(result.asOf);
}

export const STATUS_LABEL = section('status');

/** What the rows of a run are of, from their periods (a month is a string, a year a number): 年度, 月份, or both. */
export function kindOfPeriods(periods: Iterable<number | string | null>): PeriodKind {
  const kinds = new PeriodKinds();
  for (const period of periods) kinds.see(typeof period === 'string' ? { period } : {});
  return kinds.kind;
}
