// The CSV report's own record writer writes every record as csv-stringify does with the options the
// report used to pass it (Windows line ends, escape_formulas, a leading line feed neutralised):
// the same bytes for any text, number, yes/no or blank, formula triggers and line breaks included.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/report/csv.js';
import { settings } from './settings.js';

const OPTIONS = {
  record_delimiter: 'windows',
  escape_formulas: true,
  cast: {
    string: (value: string) => (value.startsWith('\n') ? `'${value}` : value),
    boolean: String,
  },
} as const;

/** Text that starts with what a spreadsheet reads as a formula, or holds what CSV must quote. */
const tricky = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'", '"', ' '),
    fc.string({ unit: fc.constantFrom('a', '县', ',', '"', '\r', '\n', '\r\n', '=', '-', ' ', '\u0000', "'") }),
  )
  .map(([head, rest]) => head + rest);

const field = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('the CSV record writer', () => {
  it('given any record of text, numbers, yes/no and blanks, writes what csv-stringify writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 5 }),
        (records) => {
          const width = Math.max(...records.map((record) => record.length));
          const rows = records.map((record) => [...record, ...Array<null>(width - record.length).fill(null)]);
          expect(rows.map(csvRecord).join('')).toBe(stringify(rows, OPTIONS));
        },
      ),
      settings(3000),
    );
  });
});
