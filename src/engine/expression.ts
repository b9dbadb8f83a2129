// Evaluates a pack's expression tree (src/model/expr.ts) exactly: every number is the cell's own
// decimal or an exact fraction, so no float decides a verdict. A percent column is read as its
// fraction (2.0 → 0.02), as `3.5%` in an expression is 0.035.
import { add, compare, div, mul, sub, type Exact } from '../model/exact.js';
import type { Expr } from '../model/expr.js';
import { simplify, toExact, type Num } from '../model/num.js';
import type { Cell } from '../model/types.js';

export type Value = Num | boolean;

/** What an expression reads by name: a cell's value, a threshold's for the row's period. */
export type Lookup = (name: string) => Value | undefined;

/** Division by zero anywhere makes the whole value unknown. */
const DIV0 = Symbol('div0');

/** The value, exact; `false` from an arithmetic expression stands for a division by zero (see `valueOf`). */
export function evaluate(expr: Expr, lookup: Lookup): Value {
  const result = run(expr, lookup);
  if (result === DIV0) return false;
  return typeof result === 'boolean' ? result : simplify(result);
}

/** A condition's truth, or undefined when it divides by zero. */
export function holds(expr: Expr, lookup: Lookup): boolean | undefined {
  const result = run(expr, lookup);
  return result === DIV0 ? undefined : result === true;
}

function run(expr: Expr, lookup: Lookup): Exact | boolean | typeof DIV0 {
  switch (expr.k) {
    case 'num':
      return { n: BigInt(expr.n), d: BigInt(expr.d) };
    case 'bool':
      return expr.v;
    case 'id': {
      const value = lookup(expr.name);
      if (value === undefined) throw new Error(`expression name '${expr.name}' has no value`);
      return typeof value === 'boolean' ? value : toExact(value);
    }
    case 'neg': {
      const a = run(expr.a, lookup);
      return typeof a === 'object' ? { n: -a.n, d: a.d } : a;
    }
    case 'not': {
      const a = run(expr.a, lookup);
      return a === DIV0 ? a : !a;
    }
    case 'op': {
      const { op } = expr;
      // and/or decide from their left side when it is enough, as a reader would.
      if (op === 'and' || op === 'or') {
        const a = run(expr.a, lookup);
        if (a === DIV0) return a;
        if (op === 'and' ? a === false : a === true) return a;
        return run(expr.b, lookup);
      }
      const a = run(expr.a, lookup);
      const b = run(expr.b, lookup);
      if (a === DIV0 || b === DIV0) return DIV0;
      if (typeof a === 'boolean' || typeof b === 'boolean') return op === '==' ? a === b : a !== b;
      switch (op) {
        case '+':
          return add(a, b);
        case '-':
          return sub(a, b);
        case '*':
          return mul(a, b);
        case '/':
          return b.n === 0n ? DIV0 : div(a, b);
        default: {
          const order = compare(a, b);
          if (op === '<') return order < 0;
          if (op === '<=') return order <= 0;
          if (op === '>') return order > 0;
          if (op === '>=') return order >= 0;
          return op === '==' ? order === 0 : order !== 0;
        }
      }
    }
  }
}

export interface NamedColumn {
  name: string;
  column: number;
  /** A percent column: its cell holds points (2.0 for 2 %), read as the fraction. */
  percent: boolean;
}

/** A reader of the named cells of a row; the caller has checked that each is there and usable. */
export function compileNames(columns: readonly NamedColumn[]): (cells: readonly Cell[]) => Lookup {
  const byName = new Map(columns.map((column) => [column.name, column]));
  return (cells) => (name) => {
    const column = byName.get(name);
    if (column === undefined) return undefined;
    const cell = cells[column.column] as Value | null | undefined;
    if (cell === null || cell === undefined) return undefined;
    if (typeof cell === 'boolean' || !column.percent) return cell;
    return simplify(div(toExact(cell), { n: 100n, d: 1n }));
  };
}
