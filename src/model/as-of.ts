// How a result says when its deadlines were judged: at a date, or at each row's report_date.
import type { CheckResult } from './types.js';

/** `asOf` of a run judged at each row's report_date (`--as-of report-date`). */
export const REPORT_DATE = 'report-date';

/** How the as-of date was chosen: the day of the run (the default), a date given, or each row's report_date. */
export type AsOfKind = 'today' | 'date' | 'report-date';

export function asOfKind(result: Pick<CheckResult, 'asOf' | 'today'>): AsOfKind {
  return result.asOf === REPORT_DATE ? 'report-date' : result.asOf === result.today ? 'today' : 'date';
}

/** The one date a run stands at: the as-of date, or the day of the run when each row had its own (waivers expire at it). */
export function asOfDate(result: Pick<CheckResult, 'asOf' | 'today'>): string {
  return result.asOf === REPORT_DATE ? result.today : result.asOf;
}
