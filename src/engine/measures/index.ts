// The registry of measure kinds a rule may name.
import type { MeasureSpec } from '../../pack/schema.js';
import { growthMeasure } from './growth.js';
import { ratioMeasure } from './ratio.js';
import type { Measure } from './types.js';
import { valueMeasure } from './value.js';

export interface ColumnIndex {
  of(name: string): number;
  isFlag(name: string): boolean;
  /** The column's label, as the county's sheet heads it. */
  labelOf(name: string): string;
}

export function buildMeasure(spec: MeasureSpec, columns: ColumnIndex): Measure {
  switch (spec.kind) {
    case 'value':
      return valueMeasure(columns.of(spec.column), columns.isFlag(spec.column));
    case 'ratio':
      return ratioMeasure(columns.of(spec.numerator), columns.of(spec.denominator), columns.labelOf(spec.denominator));
    case 'growth':
      return growthMeasure(columns.of(spec.column), columns.of(spec.base), columns.labelOf(spec.base));
  }
}

export { type Measure, type Measured, type Display } from './types.js';
