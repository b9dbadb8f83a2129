// Every key a pack may use, for "did you mean" hints on unknown ones.
import { fieldSchema, packSchema, ruleSchema } from './schema.js';

export const KNOWN_KEYS: readonly string[] = [
  ...new Set([
    ...Object.keys(packSchema.shape),
    ...Object.keys(fieldSchema.shape),
    ...Object.keys(ruleSchema.shape),
    'kind', 'column', 'numerator', 'denominator', 'base', 'op', 'value', 'from', 'to', 'key', 'period', 'every',
  ]),
];
