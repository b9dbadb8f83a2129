// When a verdict or a scored row is: its month (`2022-03`) in a monthly table, else its year.
import type { ShownVerdict as Verdict } from '../model/types.js';

export function periodText(of: Pick<Verdict, 'year'> & { period?: string | undefined }): string {
  return of.period ?? (of.year === null ? '?' : String(of.year));
}

/**
 * What the period column of rows shown holds: years (the column is headed 年度), months (月份), or
 * both, when a yearly return and a monthly table are checked together.
 */
export function periodKind(rows: Iterable<{ period?: string | undefined }>): 'year' | 'month' | 'mixed' {
  let months = false;
  let years = false;
  for (const row of rows) {
    if (row.period === undefined) years = true;
    else months = true;
  }
  return months ? (years ? 'mixed' : 'month') : 'year';
}
