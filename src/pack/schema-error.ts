// The schema's complaints in the run's language. Handed to each parse (`safeParse(data, { error })`)
// rather than set with z.config, so that a program using duibiao as a library keeps its own zod's words.
import type { z } from 'zod';
import { section } from '../words/words.js';

const WORDS = section('schema');

/** A kind of value in words: `array` is a list, `object` a mapping. */
export function typeName(kind: string): string {
  return WORDS.typeName[kind] ?? kind;
}

/** What a value is, as a pack's author would call it. */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isInteger(input)) return 'int';
  return typeof input;
}

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

export const schemaError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? WORDS.missing(typeName(issue.expected))
        : WORDS.wrongType(typeName(issue.expected), typeName(kindOf(issue.input)));
    case 'invalid_value':
      return WORDS.oneOf(issue.values.map(shown).join(WORDS.valuesJoin), issue.values.length);
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? WORDS.blank : WORDS.textAtLeast(min);
      if (issue.origin === 'array' || issue.origin === 'set') return WORDS.itemsAtLeast(min);
      return WORDS.atLeast(String(issue.minimum), issue.inclusive === true);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return WORDS.textAtMost(max);
      if (issue.origin === 'array' || issue.origin === 'set') return WORDS.itemsAtMost(max);
      return WORDS.atMost(String(issue.maximum), issue.inclusive === true);
    }
    case 'not_multiple_of':
      return WORDS.multipleOf(String(issue.divisor));
    case 'invalid_format':
      return WORDS.form(issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format);
    case 'unrecognized_keys':
      return WORDS.unknownKeys(issue.keys.map((key) => `'${key}'`).join(', '));
    default:
      return WORDS.invalid;
  }
};
