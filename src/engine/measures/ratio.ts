// A part over its total; a zero total means the rule does not apply.
import { div, isZero, type Exact } from '../../model/exact.js';
import type { Measure } from './types.js';

export function ratioMeasure(spec: { numerator: string; denominator: string }): Measure {
  return {
    columns: [spec.numerator, spec.denominator],
    display: 'percent',
    compute(values) {
      const part = values.get(spec.numerator) as Exact;
      const total = values.get(spec.denominator) as Exact;
      if (isZero(total)) return { notApplicable: `${spec.denominator} is 0` };
      return { value: div(part, total), detail: `${show(part)}/${show(total)}` };
    },
  };
}

function show(value: Exact): string {
  return value.d === 1n ? String(value.n) : String(Number(value.n) / Number(value.d));
}
