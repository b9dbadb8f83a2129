// A rule's target: a constant or another column, and the comparison it demands.
import { exact, type Exact } from '../model/exact.js';
import { simplify, type Num } from '../model/num.js';
import type { Cell } from '../model/types.js';
import type { TargetSpec } from '../pack/schema.js';

export type Op = '>=' | '<=' | '=';

export interface Target {
  op: Op;
  /** The column a target reads, as its index; undefined for a constant. */
  column: number | undefined;
  valueOf(cells: readonly Cell[]): Num | boolean;
}

export function buildTarget(spec: TargetSpec, indexOf: (name: string) => number): Target {
  if ('column' in spec) {
    const column = indexOf(spec.column);
    return { op: spec.op, column, valueOf: (cells) => cells[column] as Num };
  }
  const constant = typeof spec.value === 'boolean' ? spec.value : simplify(parseTarget(spec.value));
  return { op: spec.op, column: undefined, valueOf: () => constant };
}

/** 0.4 and "40%" are the same target. */
export function parseTarget(value: number | string): Exact {
  if (typeof value === 'string' && value.endsWith('%')) {
    const base = exact(value.slice(0, -1));
    return { n: base.n, d: base.d * 100n };
  }
  return exact(value);
}

/** Whether a measured value that orders `order` against the goal meets it under `op`. */
export function meets(order: -1 | 0 | 1, op: Op): boolean {
  if (op === '=') return order === 0;
  return op === '>=' ? order >= 0 : order <= 0;
}

const MET: Record<Op, string> = { '>=': '≥', '<=': '≤', '=': '=' };
const MISSED: Record<Op, string> = { '>=': '<', '<=': '>', '=': '≠' };

export function relation(op: Op, met: boolean): string {
  return met ? MET[op] : MISSED[op];
}
