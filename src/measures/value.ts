// A column's own value: a count, an amount, or yes/no.
import { compareNum, numToNumber, type Num } from '../model/num.js';
import { columnName } from './column-name.js';
import { measureKind } from './measure.js';

export const value = measureKind({
  kind: 'value',
  schema: (z) => z.strictObject({ kind: z.literal('value'), column: columnName(z) }),
  columns: (spec) => [{ key: 'column', name: spec.column, numeric: false }],
  describe: (spec, label) => label(spec.column),
  build(spec, columns) {
    const column = columns.of(spec.column);
    return {
      columns: [column],
      display: columns.isFlag(spec.column) ? 'yesno' : 'number',
      notApplicable: () => undefined,
      order(cells, goal) {
        const value = cells[column] as Num | boolean;
        if (typeof value === 'boolean' || typeof goal === 'boolean') return value === goal ? 0 : 1;
        return compareNum(value, goal);
      },
      compute(cells) {
        const value = cells[column] as Num | boolean;
        return { approx: typeof value === 'boolean' ? value : numToNumber(value) };
      },
    };
  },
});
