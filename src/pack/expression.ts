// Reads a pack's expression (`when:`, `kind: expression`) with jsep into the plain tree of
// src/model/expr.ts, allowing only what docs/rule-packs.md documents: + - * /, comparisons,
// and/or/not, column and threshold names, numbers and percentages. Loaded only when a pack
// holds an expression (src/pack/expression-slot.ts). Nothing here evaluates: jsep's own numbers
// are never used, each literal is read exactly from its text.
import jsep from 'jsep';
import { EXPRESSION_LIMITS, type BinaryOp, type Expr } from '../model/expr.js';
import { TARGET_DIGITS } from './schema.js';
import { closest } from './suggest.js';
import { say, type Text } from '../words/message.js';

jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('or', 1);
jsep.addUnaryOp('not');

export type ExprType = 'number' | 'boolean';

/** A mistake in an expression, at its character (0-based) in the expression's text. */
export interface ExprMistake {
  index: number;
  code: 'pack-schema' | 'pack-unknown-column' | 'pack-type-mismatch';
  message: Text;
}

export interface Parsed {
  tree: Expr | undefined;
  mistakes: ExprMistake[];
}

const BINARY: Record<string, BinaryOp> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  '==': '==',
  '!=': '!=',
  and: 'and',
  or: 'or',
  '&&': 'and',
  '||': 'or',
};

/**
 * `typeOf`: the type of a name the expression may read (a column, a threshold), undefined for an
 * unknown name; `names`: every such name, for a did-you-mean.
 */
export function parseExpression(
  text: string,
  expected: ExprType,
  typeOf: (name: string) => ExprType | undefined,
  names: readonly string[],
): Parsed {
  if (text.length > EXPRESSION_LIMITS.chars)
    return {
      tree: undefined,
      mistakes: [{ index: 0, code: 'pack-schema', message: say('exprTooLong', EXPRESSION_LIMITS.chars) }],
    };
  // `3.5%` is a percentage: written for jsep as 3.5e-2, the characters added remembered.
  const added: number[] = [];
  // A `%` before a number or a bracket is the remainder operator, which is not allowed.
  const source = text.replace(/(\d)%(?!\s*[\d(.])/g, (_, digit: string, at: number) => {
    added.push(at + 4 + added.length * 2);
    return `${digit}e-2`;
  });
  const back = (index: number): number => index - 2 * added.filter((at) => at <= index).length;
  let node: jsep.Expression;
  try {
    node = jsep(source);
  } catch (error) {
    // jsep's own words are English: the place it stopped at is said in the report's language instead.
    const at = Math.min(back((error as { index?: number }).index ?? 0), text.length);
    const near = text.slice(at, at + 12).trim();
    return {
      tree: undefined,
      mistakes: [{ index: at, code: 'pack-schema', message: say('exprSyntax', near === '' ? undefined : near) }],
    };
  }
  const mistakes: ExprMistake[] = [];
  const where = (name: string): number => {
    const at = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).exec(text);
    return at?.index ?? 0;
  };
  let nodes = 0;

  function convert(node: jsep.Expression, depth: number): Expr | undefined {
    if (++nodes > EXPRESSION_LIMITS.nodes || depth > EXPRESSION_LIMITS.depth) return undefined;
    switch (node.type) {
      case 'Literal': {
        const literal = node as jsep.Literal;
        if (typeof literal.value === 'boolean') return { k: 'bool', v: literal.value };
        if (typeof literal.value === 'number') return number(literal.raw);
        mistakes.push({ index: 0, code: 'pack-schema', message: say('exprNotAllowed', literal.raw) });
        return undefined;
      }
      case 'Identifier':
        return { k: 'id', name: (node as jsep.Identifier).name };
      case 'UnaryExpression': {
        const unary = node as jsep.UnaryExpression;
        const a = convert(unary.argument, depth + 1);
        if (a === undefined) return undefined;
        if (unary.operator === '-') return { k: 'neg', a };
        if (unary.operator === '+') return a;
        if (unary.operator === 'not' || unary.operator === '!') return { k: 'not', a };
        mistakes.push({ index: 0, code: 'pack-schema', message: say('exprNotAllowed', unary.operator) });
        return undefined;
      }
      case 'BinaryExpression': {
        const binary = node as jsep.BinaryExpression;
        const op = BINARY[binary.operator];
        const a = convert(binary.left, depth + 1);
        const b = convert(binary.right, depth + 1);
        if (op === undefined) {
          const at = text.indexOf(binary.operator);
          mistakes.push({
            index: Math.max(at, 0),
            code: 'pack-schema',
            message: say('exprNotAllowed', binary.operator),
          });
          return undefined;
        }
        return a === undefined || b === undefined ? undefined : { k: 'op', op, a, b };
      }
      case 'Compound':
        mistakes.push({ index: 0, code: 'pack-schema', message: say('exprCompound') });
        return undefined;
      default:
        mistakes.push({ index: 0, code: 'pack-schema', message: say('exprNotAllowed', KINDS[node.type] ?? node.type) });
        return undefined;
    }
  }

  function number(raw: string): Expr | undefined {
    const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw);
    if (!m) {
      mistakes.push({ index: 0, code: 'pack-schema', message: say('exprNotAllowed', raw) });
      return undefined;
    }
    const [, whole = '', fraction = '', exponent = '0'] = m;
    let n = BigInt(`${whole || '0'}${fraction}`);
    let scale = fraction.length - Number(exponent);
    if (whole.replace(/^0+/, '').length > TARGET_DIGITS.whole || scale > TARGET_DIGITS.fraction + 2 || scale < -15) {
      mistakes.push({
        index: 0,
        code: 'pack-schema',
        message: say('packTargetDigits', TARGET_DIGITS.whole, TARGET_DIGITS.fraction),
      });
      return undefined;
    }
    if (scale < 0) {
      n *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return { k: 'num', n: String(n), d: String(10n ** BigInt(scale)) };
  }

  /** The type of a tree, each misuse reported once; undefined where a mistake was found. */
  function check(expr: Expr): ExprType | undefined {
    switch (expr.k) {
      case 'num':
        return 'number';
      case 'bool':
        return 'boolean';
      case 'id': {
        const type = typeOf(expr.name);
        if (type === undefined)
          mistakes.push({
            index: where(expr.name),
            code: 'pack-unknown-column',
            message: say('packUnknownColumn', expr.name, closest(expr.name, names)),
          });
        return type;
      }
      case 'neg':
        return want(expr.a, 'number', '-') ? 'number' : undefined;
      case 'not':
        return want(expr.a, 'boolean', 'not') ? 'boolean' : undefined;
      case 'op': {
        const { op } = expr;
        if (op === 'and' || op === 'or') {
          const a = want(expr.a, 'boolean', op);
          const b = want(expr.b, 'boolean', op);
          return a && b ? 'boolean' : undefined;
        }
        if (op === '==' || op === '!=') {
          const a = check(expr.a);
          const b = check(expr.b);
          if (a !== undefined && b !== undefined && a !== b) {
            mistakes.push({
              index: Math.max(text.indexOf(op), 0),
              code: 'pack-type-mismatch',
              message: say('exprTypes', op),
            });
            return undefined;
          }
          return a !== undefined && b !== undefined ? 'boolean' : undefined;
        }
        const left = want(expr.a, 'number', op);
        const numbers = want(expr.b, 'number', op) && left;
        return numbers ? (op === '+' || op === '-' || op === '*' || op === '/' ? 'number' : 'boolean') : undefined;
      }
    }
  }

  function want(expr: Expr, type: ExprType, op: string): boolean {
    const found = check(expr);
    if (found === undefined) return false;
    if (found !== type) {
      const index = expr.k === 'id' ? where(expr.name) : Math.max(text.indexOf(op), 0);
      mistakes.push({ index, code: 'pack-type-mismatch', message: say('exprOperand', op, type === 'number') });
      return false;
    }
    return true;
  }

  const tree = convert(node, 0);
  if (nodes > EXPRESSION_LIMITS.nodes || (tree === undefined && mistakes.length === 0))
    return {
      tree: undefined,
      mistakes: [
        {
          index: 0,
          code: 'pack-schema',
          message: say('exprTooLarge', EXPRESSION_LIMITS.nodes, EXPRESSION_LIMITS.depth),
        },
      ],
    };
  if (tree === undefined) return { tree, mistakes };
  const type = check(tree);
  if (type !== undefined && type !== expected)
    mistakes.push({ index: 0, code: 'pack-type-mismatch', message: say('exprResult', expected === 'number') });
  return { tree: mistakes.length === 0 ? tree : undefined, mistakes };
}

const KINDS: Record<string, string> = {
  CallExpression: '()',
  MemberExpression: '.',
  ConditionalExpression: '?:',
  ArrayExpression: '[]',
  Compound: ',',
  SequenceExpression: ',',
  ThisExpression: 'this',
};
