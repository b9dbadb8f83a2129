// Text for a property test of JSON written by hand: any UTF-16 code units (lone surrogates too),
// any graphemes, and the strings that need escaping or that the reports share.
import fc from 'fast-check';

const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
  .map((units) => String.fromCharCode(...units));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  codeUnits,
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('是 = 是', '37.5% < 40%', '100% = 100%', '"', '\\', '\n', '\u2028', '\ud800', 'a\udfffb', '😀'),
);
