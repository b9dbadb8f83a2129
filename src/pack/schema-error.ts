// The schema's complaints as messages, said where the mistakes are reported. Handed to each parse
// (`safeParse(data, { error })`) rather than set with z.config, so that a program using duibiao as
// a library keeps its own zod's words. zod holds an issue's message as a string: each travels
// marked (`carried`), and is made a message again where the issue is described (issues.ts).
import type { z } from 'zod';
import { carried, joined, say, type MessageData, type MessageId, type Text } from '../words/message.js';

/** The kinds of value the catalogues name (`schema.typeName`); any other is said as it is. */
const KINDS = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'null', 'undefined']);

/** A kind of value in words: `array` is a list, `object` a mapping. */
export function typeName(kind: string): Text {
  return KINDS.has(kind) ? say(`schema.typeName.${kind}`) : kind;
}

/** A complaint of the `schema` section, carried through zod. */
function complaint<I extends MessageId & `schema.${string}`>(id: I, ...data: MessageData<I>): string {
  return carried(say(id, ...data));
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
        ? complaint('schema.missing', typeName(issue.expected))
        : complaint('schema.wrongType', typeName(issue.expected), typeName(kindOf(issue.input)));
    case 'invalid_value': {
      const values = issue.values.flatMap((value, i) =>
        i === 0 ? [shown(value)] : [say('schema.valuesJoin'), shown(value)],
      );
      return complaint('schema.oneOf', joined(...values), issue.values.length);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min === 1 ? complaint('schema.blank') : complaint('schema.textAtLeast', min);
      if (issue.origin === 'array' || issue.origin === 'set') return complaint('schema.itemsAtLeast', min);
      return complaint('schema.atLeast', String(issue.minimum), issue.inclusive === true);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return complaint('schema.textAtMost', max);
      if (issue.origin === 'array' || issue.origin === 'set') return complaint('schema.itemsAtMost', max);
      return complaint('schema.atMost', String(issue.maximum), issue.inclusive === true);
    }
    case 'not_multiple_of':
      return complaint('schema.multipleOf', String(issue.divisor));
    case 'invalid_format':
      return complaint(
        'schema.form',
        issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format,
      );
    case 'unrecognized_keys':
      return complaint('schema.unknownKeys', issue.keys.map((key) => `'${key}'`).join(', '));
    default:
      return complaint('schema.invalid');
  }
};
