// An expression of a rule pack (`when:`, `kind: expression`) as the pack loader leaves it: plain
// data, so that the built-in pack's cache holds it and a check never loads the parser. The
// engine evaluates it with exact numbers (src/engine/expression.ts).

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp;

export type Expr =
  /** An exact decimal, n / d (a percentage already divided by 100), as digit strings. */
  | { k: 'num'; n: string; d: string }
  | { k: 'bool'; v: boolean }
  /** A column of the row, or a threshold of the rule. */
  | { k: 'id'; name: string }
  | { k: 'neg'; a: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'op'; op: BinaryOp; a: Expr; b: Expr };

/** A period a value starts or ends at: a year (2022) or a month ("2022-08"). */
export type PeriodBound = number | string;

/** A number as a pack writes it: 0.4, "40%", "3.5%". */
export type Decimal = number | string;

/** One value, or values by period range: the first range that holds the row's period gives it. */
export type PeriodValue<T = Decimal> = T | PeriodRange<T>[];

export interface PeriodRange<T = Decimal> {
  from?: PeriodBound | undefined;
  to?: PeriodBound | undefined;
  value: T;
}

/** Bounds on an expression, so that reading and judging it costs little whatever a pack says. */
export const EXPRESSION_LIMITS = { chars: 1000, nodes: 200, depth: 32 } as const;

/** The names an expression reads, each once, in the order they first appear. */
export function namesIn(expr: Expr, into: string[] = []): string[] {
  switch (expr.k) {
    case 'id':
      if (!into.includes(expr.name)) into.push(expr.name);
      break;
    case 'neg':
    case 'not':
      namesIn(expr.a, into);
      break;
    case 'op':
      namesIn(expr.a, into);
      namesIn(expr.b, into);
      break;
    default:
      break;
  }
  return into;
}

/**
 * The names an expression's text reads, found without parsing it: every word that is not a number,
 * an operator word or a literal. What the pack checks and the listing show before the parser runs.
 */
export function namesInText(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|([A-Za-z_$][A-Za-z0-9_$]*)/g)) {
    const name = match[1];
    if (name === undefined || KEYWORDS.has(name) || names.includes(name)) continue;
    names.push(name);
  }
  return names;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);
