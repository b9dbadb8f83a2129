// A miss's SARIF result written as text is the text of its object as JSON.stringify indents it.
import fc from 'fast-check';
import { anyText } from '../helpers/any-text.js';
import { describe, expect, it } from 'vitest';
import type { ShownVerdict as Verdict } from '../../src/model/types.js';
import { resultJson, verdictResult, verdictResultJson } from '../../src/report/sarif.js';

const base: Verdict = {
  rule: 'eldercare.township-center-coverage',
  severity: 'error',
  status: 'fail',
  scope: 'county',
  county: '石桥县',
  year: 2022,
  actual: 0.375,
  target: 0.4,
  comparison: '37.5% < 40%',
  detail: '6/16',
  message: '乡镇(街道)综合性养老服务中心覆盖率: 37.5% < 40% (6/16)',
  location: { file: 'data/石桥.csv', line: 4 },
};

describe('verdictResultJson', () => {
  const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(-0));

  it('given any miss at a line of a text file, or with no place, writes what JSON.stringify indents', () => {
    fc.assert(
      fc.property(
        fc.record({
          rule: anyText,
          status: fc.constantFrom<Verdict['status']>('fail', 'pending', 'missing', 'invalid'),
          severity: fc.constantFrom<Verdict['severity']>('error', 'warning'),
          county: fc.option(anyText),
          year: fc.option(fc.integer({ min: 1900, max: 2100 })),
          period: fc.option(anyText, { nil: undefined }),
          actual: fc.oneof(anyNumber, fc.boolean(), fc.constant(null)),
          target: fc.oneof(anyNumber, fc.boolean(), fc.constant(null)),
          comparison: fc.option(anyText),
          message: anyText,
          file: fc.constantFrom('data/石桥.csv', '/abs/a b.csv', 'C:\\县\\x.csv', '../up/%.csv'),
          line: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
          change: fc.option(fc.constantFrom<NonNullable<Verdict['change']>>('new', 'persisting'), { nil: undefined }),
        }),
        fc.nat(300),
        (m, index) => {
          const verdict: Verdict = {
            ...base,
            rule: m.rule,
            status: m.status,
            severity: m.severity,
            county: m.county,
            year: m.year,
            ...(m.period === undefined ? {} : { period: m.period }),
            actual: m.actual,
            target: m.target,
            comparison: m.comparison,
            message: m.message,
            location: m.line === undefined ? undefined : { file: m.file, line: m.line },
            ...(m.change === undefined ? {} : { change: m.change }),
          };
          expect(verdictResultJson(verdict, index)).toBe(resultJson(verdictResult(verdict, index)));
        },
      ),
      { seed: 20261208, numRuns: 1500 },
    );
  });

  it('given a waived miss or a workbook row, leaves it to the generic way', () => {
    expect(verdictResultJson({ ...base, location: { file: 'a.xlsx', sheet: 'S', line: 2 } }, 0)).toBeUndefined();
    const waiver = {
      reason: 'r',
      approved_by: 'a',
      expires: '2023-01-01',
      file: 'w.yaml',
      line: 1,
      status: 'fail' as const,
    };
    expect(verdictResultJson({ ...base, status: 'waived', waiver }, 0)).toBeUndefined();
  });
});
