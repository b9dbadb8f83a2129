// The rule pack's shape. A pack is data: fields it reads, rules it checks.
import { z } from 'zod';

const FIELD_TYPES = ['text', 'code', 'integer', 'date', 'count', 'amount', 'percent', 'yesno'] as const;
const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a column name is lower_snake_case');

export const fieldSchema = z.strictObject({
  name,
  label: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().optional(),
  max: name.optional().describe('another column this one may not exceed'),
  min: z.number().optional(),
  maxValue: z.number().optional(),
  unit: z.string().optional(),
});

/** A decimal number, or a percentage written as "40%". */
const decimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?%?$/, 'a number such as 0.4 or "40%"')]);

export const targetSchema = z.union([
  z.strictObject({ op: z.enum(['>=', '<=', '=']), value: z.union([decimal, z.boolean()]) }),
  z.strictObject({ op: z.enum(['>=', '<=', '=']), column: name }),
]);

export const measureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('value'), column: name }),
  z.strictObject({ kind: z.literal('ratio'), numerator: name, denominator: name }),
  z.strictObject({ kind: z.literal('growth'), column: name, base: name }),
]);

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, 'a rule id looks like area.what-it-checks'),
  title: z.string().min(1),
  /** The title under `--lang en`; the title itself when absent. */
  title_en: z.string().min(1).optional(),
  severity: z.enum(['error', 'warning']),
  paragraph: z.number().int().positive(),
  quote: z.string().min(1),
  description: z.string().optional(),
  description_en: z.string().min(1).optional(),
  measure: measureSchema,
  target: targetSchema,
  due: z.literal('year-end').optional(),
  years: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
});

export const packSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  title_en: z.string().min(1).optional(),
  source: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
  rules: z.array(ruleSchema).min(1),
});

export type PackFile = z.infer<typeof packSchema>;
export type RuleSpec = z.infer<typeof ruleSchema>;
export type MeasureSpec = z.infer<typeof measureSchema>;
export type TargetSpec = z.infer<typeof targetSchema>;
