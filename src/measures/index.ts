// The registry of measure kinds a rule may name: one line per kind.
import type { z } from 'zod';
import { expression } from './expression.js';
import { growth } from './growth.js';
import type { ColumnIndex, Measure, MeasureKind } from './measure.js';
import { ratio } from './ratio.js';
import { value } from './value.js';

const BUILT_IN = [value, ratio, growth, expression] as const;

/** What a rule's `measure:` holds, for the kinds built in. */
export type MeasureSpec = z.infer<ReturnType<(typeof BUILT_IN)[number]['schema']>>;

const kinds = new Map<string, MeasureKind>(BUILT_IN.map((kind) => [kind.kind, kind]));
let union: z.ZodType<MeasureSpec> | undefined;

/**
 * Adds a kind, e.g. one a library user or a test defines; its name must be new, and it is added
 * before the first pack is read (the pack schema is built once, from the kinds registered then).
 */
export function registerMeasure<Spec extends { kind: string }>(kind: MeasureKind<Spec>): void {
  if (kinds.has(kind.kind)) throw new Error(`measure kind '${kind.kind}' is registered already`);
  if (union) throw new Error(`measure kind '${kind.kind}' comes too late: a pack has been read already`);
  kinds.set(kind.kind, kind);
}

export function measureKinds(): string[] {
  return [...kinds.keys()];
}

/** Every key a `measure:` of a registered kind may hold, read from the kinds' own schemas. */
export function measureKeys(zod: typeof z): string[] {
  const keys = new Set<string>();
  for (const kind of kinds.values()) {
    const schema: unknown = kind.schema(zod);
    if (schema instanceof zod.ZodObject) for (const key of Object.keys(schema.shape)) keys.add(key);
  }
  return [...keys];
}

export function measureKindOf(spec: { kind: string }): MeasureKind {
  const kind = kinds.get(spec.kind);
  if (!kind) throw new Error(`unknown measure kind '${spec.kind}'`);
  return kind;
}

/** The schema of `measure:`: one alternative per registered kind, told apart by `kind`. */
export function measureUnion(zod: typeof z): z.ZodType<MeasureSpec> {
  union ??= zod.discriminatedUnion(
    'kind',
    [...kinds.values()].map((kind) => kind.schema(zod)) as unknown as [z.ZodObject, ...z.ZodObject[]],
  ) as unknown as z.ZodType<MeasureSpec>;
  return union;
}

export function buildMeasure(spec: MeasureSpec, columns: ColumnIndex): Measure {
  return measureKindOf(spec).build(spec, columns);
}

export {
  type ColumnIndex,
  type Display,
  type Measure,
  type Measured,
  type MeasureColumn,
  type MeasureKind,
  measureKind,
} from './measure.js';
