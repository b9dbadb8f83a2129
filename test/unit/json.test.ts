import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShownVerdict as Verdict } from '../../src/model/types.js';
import { verdictJson } from '../../src/report/json/encoder.js';

const county: Verdict = {
  rule: 'eldercare.township-center-coverage',
  severity: 'error',
  status: 'fail',
  scope: 'county',
  county: '石桥县 "东"\\',
  year: 2022,
  actual: 0.375,
  target: 0.4,
  comparison: '37.5% < 40%',
  detail: '6/16',
  message: '乡镇(街道)综合性养老服务中心覆盖率: 37.5% < 40% (6/16)\n',
  location: { file: 'C:\\县\\石桥.csv', line: 4 },
};

describe('verdictJson', () => {
  it.each<{ given: string; verdict: Verdict }>([
    { given: 'a county verdict with characters to escape', verdict: county },
    { given: 'a whole-data-set verdict', verdict: { ...county, scope: 'total', county: null, location: undefined } },
    {
      given: 'a missing verdict',
      verdict: { ...county, status: 'missing', actual: null, target: null, comparison: null, detail: null },
    },
    { given: 'a yes/no verdict', verdict: { ...county, actual: false, target: true, year: null } },
    {
      given: 'a waived verdict compared with a baseline',
      verdict: {
        ...county,
        status: 'waived',
        waiver: {
          reason: '改建 "中"\n',
          approved_by: '州残联',
          expires: '2023-06-30',
          file: 'w.yaml',
          line: 2,
          status: 'fail',
        },
        change: 'persisting',
      },
    },
  ])('given $given, writes what JSON.stringify writes', ({ verdict }) => {
    expect(verdictJson(verdict)).toBe(JSON.stringify(verdict));
  });
});

describe('verdictJson on any text', () => {
  it('given any county, comparison, detail and message (quotes, controls, lone surrogates), writes what JSON.stringify writes', () => {
    const codeUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
      .map((units) => String.fromCharCode(...units));
    const anyText = fc.oneof(
      codeUnits,
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('是 = 是', '37.5% < 40%', '"', '\\', '\u2028', '\ud800', 'a\udfffb'),
    );
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText), anyText, (countyName, comparison, detail, message) => {
        const verdict = { ...county, county: countyName, comparison, detail, message };
        expect(verdictJson(verdict)).toBe(JSON.stringify(verdict));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
