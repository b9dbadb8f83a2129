// Reads a waivers file (--waivers) as a pack is read: every mistake at once, at file:line:column.
import { z } from 'zod';
import type { LocatedMessage } from '../errors.js';
import { readInputText } from '../read/input-policy.js';
import { parseLocatedYaml } from '../pack/located-yaml.js';
import { closest } from '../pack/suggest.js';
import { section } from '../words/words.js';
import { carried, say } from '../words/message.js';

const WORDS = section('waivers');

/** A waivers file is a short list written by hand; this is far beyond any. */
const MAX_BYTES = 4 * 1024 * 1024;

/** A real calendar day, written YYYY-MM-DD. */
const day = z.string().refine(
  (text) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return (
      m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text
    );
  },
  { error: () => carried(say('waivers.day')) },
);

// Waiver text reaches every report: no control character gets in to garble a terminal or a file.
// eslint-disable-next-line no-control-regex
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const text = z
  .string()
  .trim()
  .min(1, { error: () => carried(say('waivers.blank')) })
  .regex(PRINTABLE, { error: () => carried(say('waivers.controlCharacters')) });

const waiverSchema = z.strictObject({
  county: text,
  rule: text,
  year: z.number().int().min(2000).max(2100).optional(),
  /** A month of a monthly table (`2022-03`, quoted or not): the waiver covers that month's verdict only. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: () => carried(say('waivers.month')) })
    .optional(),
  reason: text,
  approved_by: text,
  // YAML reads an unquoted 2023-06-30 as text here (the core schema), so one form covers both.
  expires: day,
});

const waiversSchema = z.array(waiverSchema);
const KEYS = Object.keys(waiverSchema.shape);

export interface Waiver extends z.infer<typeof waiverSchema> {
  file: string;
  line: number;
}

export async function loadWaivers(file: string, ruleIds: readonly string[]): Promise<Waiver[]> {
  return parseWaivers(await readInputText(file, MAX_BYTES, 'waivers-invalid', WORDS.cannotRead), file, ruleIds);
}

export function parseWaivers(source: string, file: string, ruleIds: readonly string[]): Waiver[] {
  const known = new Set(ruleIds);
  const { data, at } = parseLocatedYaml(source, file, {
    schema: waiversSchema,
    keys: KEYS,
    code: 'waivers-invalid',
    invalid: (count) => say('waivers.invalid', file, count),
    check: (waivers, where) =>
      (Array.isArray(waivers) ? waivers : []).flatMap((waiver: unknown, i): LocatedMessage[] => {
        const rule = (waiver as { rule?: unknown } | null)?.rule;
        if (typeof rule !== 'string' || known.has(rule.trim())) return [];
        const guess = closest(rule, ruleIds);
        return [
          {
            ...where([i, 'rule']),
            code: 'unknown-rule',
            message: say('waivers.unknownRule', JSON.stringify(rule), guess),
          },
        ];
      }),
  });
  return data.map((waiver, i) => ({ ...waiver, file, line: at([i]).line }));
}
