// What a measure computes from a row's values.
import type { Exact } from '../../model/exact.js';
import type { CellValue } from '../../model/types.js';

/** percent: a fraction shown ×100; points: already in percent; number; yesno. */
export type Display = 'percent' | 'points' | 'number' | 'yesno';

/** A computed value, or the reason the rule does not apply (e.g. a zero denominator). */
export type Measured = { value: Exact | boolean; detail?: string } | { notApplicable: string };

export interface Measure {
  /** The columns whose values `compute` reads. */
  columns: string[];
  display: Display;
  /** Called only when every column has a usable value. */
  compute(values: ReadonlyMap<string, CellValue>): Measured;
}
