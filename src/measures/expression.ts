// A value computed from a row's columns by an expression (`dibao_standard * 12 / consumption`),
// evaluated exactly: the tree the pack loader made of it (src/model/expr.ts) is evaluated by
// src/engine/expression.ts with the project's exact numbers, never with floats.
import type { Expr } from '../model/expr.js';
import { namesInText } from '../model/expr.js';
import { compareNum, numToNumber, type Num } from '../model/num.js';
import { evaluate, compileNames } from '../engine/expression.js';
import { measureKind } from './measure.js';
import { say } from '../words/message.js';

export const expression = measureKind({
  kind: 'expression',
  schema: (z) =>
    z.strictObject({
      kind: z.literal('expression'),
      expression: z.string().min(1),
      /** How the value reads: a number, or a fraction shown as a percentage. */
      display: z.enum(['number', 'percent']).optional(),
    }),
  columns: (spec) => namesInText(spec.expression).map((name) => ({ key: 'expression', name, numeric: true })),
  describe: (spec) => spec.expression,
  build(spec, columns) {
    const tree = (spec as typeof spec & { tree?: Expr }).tree;
    if (tree === undefined) throw new Error(`expression '${spec.expression}' was not parsed when its pack was read`);
    const names = namesInText(spec.expression);
    const read = compileNames(
      names.map((name) => ({ name, column: columns.of(name), percent: columns.isPercent?.(name) ?? false })),
    );
    const value = (cells: Parameters<typeof read>[0]): Num | 'div0' => {
      const result = evaluate(tree, read(cells));
      return typeof result === 'boolean' ? 'div0' : result;
    };
    return {
      columns: names.map((name) => columns.of(name)),
      display: spec.display ?? 'number',
      notApplicable: (cells) => (value(cells) === 'div0' ? say('expressionDivByZero', spec.expression) : undefined),
      order(cells, goal) {
        const result = value(cells);
        if (result === 'div0' || typeof goal === 'boolean') return 1;
        return compareNum(result, goal);
      },
      compute(cells) {
        const result = value(cells);
        return { approx: result === 'div0' ? Number.NaN : numToNumber(result) };
      },
    };
  },
});
