// The rule pack's shape. A pack is data: fields it reads, rules it checks.
import { z } from 'zod';
import { fieldTypeNames, type FieldTypeName } from '../fields/index.js';
import { measureUnion, type MeasureSpec } from '../measures/index.js';
import { columnName } from '../measures/column-name.js';
import { carried, say } from '../words/message.js';
import type { Expr } from '../model/expr.js';

const name = columnName(z);

export const fieldSchema = z.strictObject({
  name,
  label: z.string().min(1),
  label_en: z.string().min(1).optional(),
  type: z.lazy(() => z.enum(fieldTypeNames())) as unknown as z.ZodType<FieldTypeName>,
  required: z.boolean().optional(),
  max: name.optional().describe('another column this one may not exceed'),
  min: z.number().optional(),
  maxValue: z.number().optional(),
  unit: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional().describe('other headers offices write for this column'),
  table: z.string().min(1).optional().describe('the table whose files hold this column; absent: every table'),
  index_aliases: z
    .array(z.string().min(1))
    .optional()
    .describe('headers under which a percent column is given as an index, the base 100: 103.5 is read as 3.5 %'),
});

/**
 * A table: rows keyed by county and a period, a year or a month, read from the period column; without
 * `key`, by the period alone (a series for the whole prefecture, such as a price index), which other
 * tables' rules read through `join:`.
 */
export const tableSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: () => carried(say('packTableIdForm')) }),
  key: z.literal('county').optional(),
  period: z.strictObject({ column: name, every: z.enum(['year', 'month']) }),
  /** How a person calls the table (`全州居民消费价格指数`), where a message names it; else its id. */
  title: z.string().min(1).optional(),
  title_en: z.string().min(1).optional(),
});

/**
 * A target's digits are bounded, so that it is held exactly and compared cheaply: at most 15 digits
 * before the point (a whole-prefecture amount in 元 fits) and 10 after it (a rate to 0.000001 %).
 * `1e300` or `1e-30` is a pack mistake at its line, never rounded to something else.
 */
export const TARGET_DIGITS = { whole: 15, fraction: 10 } as const;
const digitsMessage = (): string => carried(say('packTargetDigits', TARGET_DIGITS.whole, TARGET_DIGITS.fraction));

/** Whether a number from YAML is such a target, judged from its shortest decimal text. */
function hasBoundedDigits(value: number): boolean {
  if (!Number.isFinite(value) || Math.abs(value) >= 10 ** TARGET_DIGITS.whole) return false;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return fraction <= TARGET_DIGITS.fraction;
}

/** A decimal number, or a percentage written as "40%". */
const decimal = z.union([
  z.number().refine(hasBoundedDigits, { error: digitsMessage }),
  z.string().superRefine((text, context) => {
    if (!/^-?\d+(\.\d+)?%?$/.test(text)) context.addIssue({ code: 'custom', message: carried(say('packNumberLike')) });
    else if (!/^-?\d{1,15}(\.\d{1,10})?%?$/.test(text)) context.addIssue({ code: 'custom', message: digitsMessage() });
  }),
]);

/** A period a value starts or ends at: a year, or a month written "2022-08". */
const periodBound = z.union([
  z.number().int(),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: () => carried(say('packPeriodForm')) }),
]);

/** Values by period range: the first range that holds a row's period gives its value; a range without bounds, every period. */
const byPeriod = z
  .array(z.strictObject({ from: periodBound.optional(), to: periodBound.optional(), value: decimal }))
  .min(1);

export const targetSchema = z.union([
  z.strictObject({ op: z.enum(['>=', '<=', '=']), value: z.union([decimal, z.boolean(), byPeriod]) }),
  z.strictObject({ op: z.enum(['>=', '<=', '=']), column: name }),
]);

/** One alternative per registered measure kind (src/measures), read when a pack is validated. */
export const measureSchema = z.lazy(() => measureUnion(z));

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, { error: () => carried(say('packRuleIdForm')) }),
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
  /** The table whose rows the rule judges; the pack's first when absent. */
  table: z.string().min(1).optional(),
  due: z.enum(['year-end', 'period-end']).optional(),
  years: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  /** A condition on the row (and the values joined to it): where it does not hold, the rule does not apply. */
  when: z.string().min(1).optional(),
  /**
   * A table keyed by period alone whose row for the judged row's period plus `offset` (in the table's
   * periods: months for a monthly one) lends the rule its columns, by their names.
   */
  join: z.strictObject({ table: z.string().min(1), offset: z.number().int().optional() }).optional(),
  /**
   * A yearly column that counts the periods this rule's condition holds for its joined series, by
   * the year of the period they answer to (物价联动机制启动月数): checked against the series.
   */
  counted_in: name.optional(),
  /** Named numbers the rule's condition reads, each one value or values by period range. */
  thresholds: z.record(name, z.union([decimal, byPeriod])).optional(),
});

export const packSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  title_en: z.string().min(1).optional(),
  source: z.string().optional(),
  tables: z.array(tableSchema).min(1).optional(),
  fields: z.array(fieldSchema).min(1),
  rules: z.array(ruleSchema).min(1),
});

export type PackFile = z.infer<typeof packSchema>;
/** A rule as validated, with its condition read into a tree by the pack loader. */
export type RuleSpec = z.infer<typeof ruleSchema> & { whenTree?: Expr };
export type { MeasureSpec };
export type TargetSpec = z.infer<typeof targetSchema>;
