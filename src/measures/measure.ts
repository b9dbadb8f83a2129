// A measure kind: what a rule's `measure:` may say, the columns it reads, how it reads in words, and
// what it computes from a row's cells, exactly. One module per kind; `index.ts` registers them.
import type { z } from 'zod';

/** The schema library, handed to a kind when a pack is validated, so that a check of data never loads it. */
export type Zod = typeof z;
import type { Num } from '../model/num.js';
import type { Cell, Figures } from '../model/types.js';
import type { Text } from '../words/message.js';

/** percent: a fraction shown ×100; points: already in percent; number; yesno. */
export type Display = 'percent' | 'points' | 'number' | 'yesno';

/** What a report shows of a measured value; the verdict itself is decided by `order`, exactly. */
export interface Measured {
  /** The nearest double to the exact value, or yes/no. */
  approx: number | boolean;
  /** What it was computed from (`6/16`), or the values a condition read, said where it is shown. */
  detail?: Text;
}

export interface Measure {
  /** Indices of the cells it reads. */
  columns: number[];
  display: Display;
  /** Why the rule does not apply to usable cells, or undefined when it does. */
  notApplicable(cells: readonly Cell[]): Text | undefined;
  /** How the measured value orders against `goal` (-1, 0, 1), exactly and without allocating. */
  order(cells: readonly Cell[], goal: Num | boolean): -1 | 0 | 1;
  /** `order` against a goal fixed when the rule is compiled, specialised where that pays. */
  against?(goal: Num | boolean): ((cells: readonly Cell[]) => -1 | 0 | 1) | undefined;
  /** The value itself, for a report. */
  compute(cells: readonly Cell[]): Measured;
}

export interface ColumnIndex {
  of(name: string): number;
  isFlag(name: string): boolean;
  /** The column's label, as the county's sheet heads it. */
  labelOf(name: string): string;
  /** The column's label in English, where the pack gives one (`label_en`). */
  labelEnOf?(name: string): string | undefined;
  /** Whether the column holds a percentage (2.0 for 2 %), which an expression reads as its fraction. */
  isPercent?(name: string): boolean;
}

/** A column a measure reads: the key that names it in the pack, and whether it must hold a number. */
export interface MeasureColumn {
  key: string;
  name: string;
  numeric: boolean;
}

export interface MeasureKind<Spec extends { kind: string } = { kind: string }> {
  kind: Spec['kind'];
  /** The shape of `measure:` in a pack, with `kind` as a literal. */
  schema(z: Zod): z.ZodType<Spec>;
  /** The columns it reads, in the order a person reads them. */
  columns(spec: Spec): MeasureColumn[];
  /** What it measures, for `duibiao rules` and `explain`, as a message: each column said by `label` (its label in the language it is said in). */
  describe(spec: Spec, label: (column: string) => string): Text;
  /** Whether a numeric target is a fraction, shown as a percentage in the rules listing. */
  fractionGoal?: boolean;
  /** What its figures are, when they are shares or percentages (RuleInfo.figures). */
  figures?: Figures;
  /**
   * Whether the measure is a part over a total (its first two columns), so that a whole data set's
   * value is the sum of the parts over the sum of the totals.
   */
  partOfTotal?: boolean;
  build(spec: Spec, columns: ColumnIndex): Measure;
}

/** A kind, typed by its own schema. */
export function measureKind<Spec extends { kind: string }>(kind: MeasureKind<Spec>): MeasureKind<Spec> {
  return kind;
}
