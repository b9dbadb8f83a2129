// English: what a YAML or JSON file of ours must hold: the schema's complaints (pack/schema-error.ts).
import type { schema as zh } from '../zh/schema.js';

export const schema = {
  typeName: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    null: 'null',
    undefined: 'nothing',
  },
  missing: (expected: string) => `missing (${expected} needed)`,
  wrongType: (expected: string, received: string) => `expected ${expected}, found ${received}`,
  oneOf: (values: string, count: number) => (count === 1 ? `must be ${values}` : `must be one of ${values}`),
  valuesJoin: ' | ',
  blank: 'may not be blank',
  textAtLeast: (min: number) => `must have at least ${min} characters`,
  textAtMost: (max: number) => `may have at most ${max} characters`,
  itemsAtLeast: (min: number) => `needs at least ${min} ${min === 1 ? 'item' : 'items'}`,
  itemsAtMost: (max: number) => `may have at most ${max} ${max === 1 ? 'item' : 'items'}`,
  atLeast: (bound: string, inclusive: boolean) => `must be ${inclusive ? 'at least' : 'greater than'} ${bound}`,
  atMost: (bound: string, inclusive: boolean) => `must be ${inclusive ? 'at most' : 'less than'} ${bound}`,
  multipleOf: (divisor: string) => `must be a multiple of ${divisor}`,
  form: (pattern: string) => `does not match ${pattern}`,
  unknownKeys: (keys: string) => `unknown keys ${keys}`,
  invalid: 'this value is not valid here',
} satisfies typeof zh;
