// The registry of measure kinds a rule may name.
import type { MeasureSpec } from '../../pack/schema.js';
import { growthMeasure } from './growth.js';
import { ratioMeasure } from './ratio.js';
import type { Measure } from './types.js';
import { valueMeasure } from './value.js';

export function buildMeasure(spec: MeasureSpec, isFlag: (column: string) => boolean): Measure {
  switch (spec.kind) {
    case 'value':
      return valueMeasure(spec, isFlag(spec.column));
    case 'ratio':
      return ratioMeasure(spec);
    case 'growth':
      return growthMeasure(spec);
  }
}

export type { Measure, Measured, Display } from './types.js';
