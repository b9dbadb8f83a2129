// A column's own value: a count, an amount, or yes/no.
import type { Exact } from '../../model/exact.js';
import type { Measure } from './types.js';

export function valueMeasure(spec: { column: string }, isFlag: boolean): Measure {
  return {
    columns: [spec.column],
    display: isFlag ? 'yesno' : 'number',
    compute: (values) => ({ value: values.get(spec.column) as Exact | boolean }),
  };
}
