// Every key a pack may use, for "did you mean" hints on unknown ones: read from the pack's schemas
// and from the measure registry, so that a kind added there has its keys known too.
import { z } from 'zod';
import { measureKeys } from '../measures/index.js';
import { fieldSchema, packSchema, ruleSchema, tableSchema, targetSchema } from './schema.js';

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);

export function knownKeys(): string[] {
  return [
    ...new Set([
      ...keysOf(packSchema),
      ...keysOf(fieldSchema),
      ...keysOf(ruleSchema),
      ...targetSchema.options.flatMap(keysOf),
      ...keysOf(ruleSchema.shape.years.unwrap()),
      ...keysOf(ruleSchema.shape.join.unwrap()),
      ...keysOf(tableSchema),
      ...keysOf(tableSchema.shape.period),
      ...measureKeys(z),
    ]),
  ];
}
