// When a verdict or a scored row is: its month (`2022-03`) in a monthly table, else its year.
import type { ShownVerdict as Verdict } from '../model/types.js';

export function periodText(of: Pick<Verdict, 'year'> & { period?: string | undefined }): string {
  return of.period ?? (of.year === null ? '?' : String(of.year));
}
