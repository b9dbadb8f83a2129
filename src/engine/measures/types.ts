// What a measure computes from a row's cells.
import type { Num } from '../../model/num.js';
import type { Cell } from '../../model/types.js';

/** percent: a fraction shown ×100; points: already in percent; number; yesno. */
export type Display = 'percent' | 'points' | 'number' | 'yesno';

/** What a report shows of a measured value; the verdict itself is decided by `order`, exactly. */
export interface Measured {
  /** The nearest double to the exact value, or yes/no. */
  approx: number | boolean;
  detail?: string;
}

export interface Measure {
  /** Indices of the cells it reads. */
  columns: number[];
  display: Display;
  /** Why the rule does not apply to usable cells, or undefined when it does. */
  notApplicable(cells: readonly Cell[]): string | undefined;
  /** How the measured value orders against `goal` (-1, 0, 1), exactly and without allocating. */
  order(cells: readonly Cell[], goal: Num | boolean): -1 | 0 | 1;
  /** `order` against a goal fixed when the rule is compiled, specialised where that pays. */
  against?(goal: Num | boolean): ((cells: readonly Cell[]) => -1 | 0 | 1) | undefined;
  /** The value itself, for a report. */
  compute(cells: readonly Cell[]): Measured;
}
