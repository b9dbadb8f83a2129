// The CSV report's own record writer writes every record as csv-stringify does with the options the
// report used to pass it (Windows line ends, escape_formulas, a leading line feed neutralised):
// the same bytes for any text, number, yes/no or blank, formula triggers and line breaks included.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord, record, verdictLine } from '../../src/report/csv.js';
import type { ShownVerdict as Verdict } from '../../src/model/types.js';
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

  it('given verdicts of any text, writes each one as its fields through csvRecord, reusing what repeats', () => {
    const text = fc.oneof(tricky, fc.constantFrom('r1', 'pass', '县甲'));
    const number = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const verdict: fc.Arbitrary<Verdict> = fc
      .record({
        rule: text,
        severity: fc.constantFrom('error', 'warning'),
        status: fc.constantFrom('pass', 'fail', 'missing', 'invalid', 'pending', 'not_applicable', 'waived'),
        scope: fc.constantFrom('county', 'total'),
        county: fc.option(text),
        year: fc.option(fc.integer({ min: 1900, max: 2100 })),
        period: fc.option(text, { nil: undefined }),
        actual: number,
        target: number,
        comparison: fc.constant(null),
        detail: fc.constant(null),
        message: text,
        location: fc.option(fc.record({ file: text, line: fc.nat(), sheet: fc.option(text, { nil: undefined }) }), {
          nil: undefined,
        }),
        waiver: fc.option(
          fc.record({
            reason: text,
            approved_by: text,
            expires: fc.constant('2030-01-01'),
            file: text,
            line: fc.nat(),
            status: fc.constantFrom('fail', 'missing'),
          }),
          { nil: undefined },
        ),
        change: fc.constantFrom(undefined, 'new', 'persisting', 'fixed', 'same'),
      })
      .map(
        (v) => Object.fromEntries(Object.entries(v).filter(([, value]) => value !== undefined)) as unknown as Verdict,
      );
    fc.assert(
      fc.property(fc.array(verdict, { maxLength: 8 }), fc.boolean(), (verdicts, sheets) => {
        const line = verdictLine(sheets);
        // The same verdicts twice: what was made once is made again from what was kept.
        for (const v of [...verdicts, ...verdicts]) expect(line(v)).toBe(csvRecord(record(v, sheets)));
      }),
      settings(2000),
    );
  });
});
