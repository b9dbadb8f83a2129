// The expression parser (./expression.ts, with jsep) is loaded only for a pack that holds an
// expression: a pack without one, and every check of the built-in pack from its cache, never load it.
import type { parseExpression } from './expression.js';

let parser: typeof parseExpression | undefined;

/**
 * Whether a pack's text may hold an expression, so that the parser must be loaded to read it: it
 * names `when` or `expression`, or holds an escape (`"wh\u0065n":` is `when:` too).
 */
export function mayHoldExpressions(text: string): boolean {
  return /\b(when|expression)\b|\\/.test(text);
}

/** Loads the parser; call before `parsePack` on a text for which `mayHoldExpressions` holds. */
export async function loadExpressionParser(): Promise<void> {
  parser ??= (await import('./expression.js')).parseExpression;
}

/** The parser, once loaded. */
export function expressionParser(): typeof parseExpression {
  if (!parser) throw new Error('the expression parser is used before loadExpressionParser()');
  return parser;
}
