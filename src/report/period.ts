// When a verdict or a scored row is: its month (`2022-03`) in a monthly table, else its year.
import type { ShownVerdict as Verdict } from '../model/types.js';

export function periodText(of: Pick<Verdict, 'year'> & { period?: string | undefined }): string {
  return of.period ?? (of.year === null ? '?' : String(of.year));
}

/** What a set of rows is by: years, months, or both. */
export type PeriodKind = 'year' | 'month' | 'mixed';

/**
 * What the period column of rows shown holds: years (the column is headed 年度), months (月份), or
 * both, when a yearly return and a monthly table are checked together.
 */
export function periodKind(rows: Iterable<{ period?: string | undefined }>): PeriodKind {
  const kind = new PeriodKinds();
  for (const row of rows) kind.see(row);
  return kind.kind;
}

/** `periodKind` as the rows come, for rows that are not all held (every row ranked, shown or not). */
export class PeriodKinds {
  private months = false;
  private years = false;

  see(row: { period?: string | undefined }): void {
    if (row.period === undefined) this.years = true;
    else this.months = true;
  }

  get kind(): PeriodKind {
    return this.months ? (this.years ? 'mixed' : 'month') : 'year';
  }
}
