// A value computed from a row's columns by an expression (`dibao_standard * 12 / consumption`),
// evaluated exactly: the tree the pack loader made of it (src/model/expr.ts) is evaluated by
// src/engine/expression.ts with the project's exact numbers, never with floats.
import type { Expr } from '../model/expr.js';
import { namesInText } from '../model/expr.js';
import { compareNum, numText, numToNumber, type Num } from '../model/num.js';
import { evaluate, compileNames, holds, type Lookup } from '../engine/expression.js';
import type { Cell } from '../model/types.js';
import { measureKind, type ColumnIndex, type Measure } from './measure.js';
import { joined, listOf, say, type Text } from '../words/message.js';

const YES = say('yes');
const NO = say('no');

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
  describe: (spec, label) => sayExpression(spec.expression, label),
  build(spec, columns) {
    const tree = (spec as typeof spec & { tree?: Expr }).tree;
    if (tree === undefined) throw new Error(`expression '${spec.expression}' was not parsed when its pack was read`);
    const names = namesInText(spec.expression);
    const read = compileNames(
      names.map((name) => ({ name, column: columns.of(name), percent: columns.isPercent?.(name) ?? false })),
    );
    if (isCondition(tree, (name) => columns.isFlag(name)))
      return conditionMeasure(spec.expression, tree, names, read, columns);
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

/** Whether an expression is a condition (its pack measures it against true or false): a comparison, and/or/not, a yes/no column. */
function isCondition(tree: Expr, isFlag: (name: string) => boolean): boolean {
  if (tree.k === 'bool' || tree.k === 'not') return true;
  if (tree.k === 'id') return isFlag(tree.name);
  return tree.k === 'op' && !['+', '-', '*', '/'].includes(tree.op);
}

/**
 * A condition the row must meet (`subsidy_paid_persons == subsidy_covered and subsidy_covered > 0`):
 * yes or no, and beside it the values it read.
 */
function conditionMeasure(
  text: string,
  tree: Expr,
  names: readonly string[],
  read: (cells: readonly Cell[]) => Lookup,
  columns: ColumnIndex,
): Measure {
  const truth = (cells: readonly Cell[]): boolean | undefined => holds(tree, read(cells));
  return {
    columns: names.map((name) => columns.of(name)),
    display: 'yesno',
    notApplicable: (cells) => (truth(cells) === undefined ? say('expressionDivByZero', text) : undefined),
    order: (cells, goal) => (truth(cells) === goal ? 0 : 1),
    compute(cells) {
      // The values it read, each column by its label and a yes or a no, said in the report's language
      // (`实发放人数 = 845`; label_en under en).
      const detail = listOf(
        names.map((name): Text => {
          const cell = cells[columns.of(name)] as Num | boolean;
          const label = say('fieldLabel', columns.labelOf(name), columns.labelEnOf?.(name) ?? columns.labelOf(name));
          if (typeof cell === 'boolean') return joined(label, ' = ', cell ? YES : NO);
          return joined(label, ` = ${numText(cell)}${columns.isPercent?.(name) === true ? '%' : ''}`);
        }),
      );
      return { approx: truth(cells) === true, detail };
    },
  };
}

const SIGNS: Record<string, string> = { '==': '=', '!=': '≠', '>=': '≥', '<=': '≤' };

const AND = say('exprAnd');
const OR = say('exprOr');
const NOT = say('exprNot');
const LOGIC: Record<string, Text> = { and: AND, '&&': AND, or: OR, '||': OR, not: NOT, true: YES, false: NO };

/**
 * An expression as `rules` and `explain` say it: each name as `name` gives it (a column by its
 * label), comparisons as signs (≥, ≠), and/or/not as a message, said in the report's language:
 * `实发放人数 = 应发放人数 且 应发放人数 > 0`.
 */
export function sayExpression(text: string, name: (id: string) => Text): Text {
  const parts: Text[] = [];
  let from = 0;
  for (const match of text.matchAll(/[A-Za-z_$][A-Za-z0-9_$]*|==|!=|>=|<=|&&|\|\||!/g)) {
    const token = match[0];
    parts.push(text.slice(from, match.index));
    from = match.index + token.length;
    if (token === '!') parts.push(NOT, ' ');
    else
      parts.push(
        Object.hasOwn(SIGNS, token)
          ? SIGNS[token]!
          : Object.hasOwn(LOGIC, token)
            ? LOGIC[token]!
            : /^[A-Za-z_$]/.test(token)
              ? name(token)
              : token,
      );
  }
  parts.push(text.slice(from));
  return joined(...parts.filter((part) => part !== ''));
}
