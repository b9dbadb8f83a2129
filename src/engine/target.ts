// A rule's target: a constant or another column, and the comparison it demands.
import { exact, type Exact } from '../model/exact.js';
import { simplify, type Num } from '../model/num.js';
import type { Cell } from '../model/types.js';
import type { TargetSpec } from '../pack/schema.js';
import { byPeriod } from '../model/period-value.js';
import type { Every } from '../model/tables.js';

export type Op = '>=' | '<=' | '=';

export interface Target {
  op: Op;
  /** The column a target reads, as its index; undefined for a constant or values by period. */
  column: number | undefined;
  /** The one goal of every row, when it is a constant. */
  constant: Num | boolean | undefined;
  /** The goal of a row of the period; undefined when the target has values by period and none holds it. */
  valueOf(cells: readonly Cell[], period: number | null): Num | boolean | undefined;
}

/** `every`: how the rule's table counts its periods, for a target by period range. */
export function buildTarget(spec: TargetSpec, indexOf: (name: string) => number, every: Every = 'year'): Target {
  if ('column' in spec) {
    const column = indexOf(spec.column);
    return { op: spec.op, column, constant: undefined, valueOf: (cells) => cells[column] as Num };
  }
  const value = spec.value;
  if (typeof value === 'boolean') return { op: spec.op, column: undefined, constant: value, valueOf: () => value };
  const goals = byPeriod(value, every, (text) => simplify(parseTarget(text)));
  const constant = goals.constant;
  if (constant !== undefined) return { op: spec.op, column: undefined, constant, valueOf: () => constant };
  return {
    op: spec.op,
    column: undefined,
    constant: undefined,
    valueOf: (_cells, period) => (period === null ? undefined : goals.at(period)),
  };
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
