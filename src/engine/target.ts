// A rule's target: a constant or another column, and the comparison it demands.
import { compare, exact, type Exact } from '../model/exact.js';
import type { CellValue } from '../model/types.js';
import type { TargetSpec } from '../pack/schema.js';

export interface Target {
  op: '>=' | '<=' | '=';
  column: string | undefined;
  valueOf(values: ReadonlyMap<string, CellValue>): Exact | boolean;
}

export function buildTarget(spec: TargetSpec): Target {
  if ('column' in spec) {
    const column = spec.column;
    return { op: spec.op, column, valueOf: (values) => values.get(column) as Exact };
  }
  const constant = typeof spec.value === 'boolean' ? spec.value : parseTarget(spec.value);
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

/** Whether `actual` meets the target under `op`; yes/no values only compare for equality. */
export function meets(actual: Exact | boolean, target: Exact | boolean, op: Target['op']): boolean {
  const order = typeof actual === 'boolean' || typeof target === 'boolean' ? (actual === target ? 0 : 1) : compare(actual, target);
  if (op === '=') return order === 0;
  return op === '>=' ? order >= 0 : order <= 0;
}

const MET: Record<Target['op'], string> = { '>=': '≥', '<=': '≤', '=': '=' };
const MISSED: Record<Target['op'], string> = { '>=': '<', '<=': '>', '=': '≠' };

export function relation(op: Target['op'], met: boolean): string {
  return met ? MET[op] : MISSED[op];
}
