import fc from 'fast-check';
import { anyText } from '../helpers/any-text.js';
import { describe, expect, it } from 'vitest';
import type { ShownVerdict as Verdict, Verdict as RawVerdict } from '../../src/model/types.js';
import { FindingLines, items, VerdictEncoder, verdictJson } from '../../src/report/json/encoder.js';
import { VerdictWords } from '../../src/report/shown.js';

type AnyVerdict = Verdict | RawVerdict;

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
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText), anyText, (countyName, comparison, detail, message) => {
        const verdict = { ...county, county: countyName, comparison, detail, message };
        expect(verdictJson(verdict)).toBe(JSON.stringify(verdict));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});

describe('FindingLines', () => {
  /** The lines as bytes, through chunks of `chunk` bytes, each kept or filled again. */
  function encoded(verdicts: readonly AnyVerdict[], chunk: number, keep: boolean, said?: VerdictWords): Buffer {
    const parts: Buffer[] = [];
    const lines = new FindingLines((bytes) => (parts.push(Buffer.from(bytes)), keep), chunk, 0, undefined, said);
    for (const verdict of verdicts) lines.add(verdict);
    lines.end();
    return Buffer.concat(parts);
  }
  const anyVerdict = fc.record({
    county: fc.option(anyText),
    comparison: fc.option(anyText),
    detail: fc.option(anyText),
    message: anyText,
    rule: fc.constantFrom('a.one', 'b.two'),
    status: fc.constantFrom<Verdict['status']>('pass', 'fail', 'waived', 'missing'),
    line: fc.integer({ min: 1, max: 1e7 }),
    file: fc.constantFrom('a.csv', 'C:\\县\\石桥.csv'),
    sheet: fc.option(anyText, { nil: undefined }),
    period: fc.option(fc.constantFrom('2022-03', '２０２２', 'a\ud800'), { nil: undefined }),
    actual: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    located: fc.boolean(),
  });
  const chunks = fc.oneof(fc.integer({ min: 8, max: 200 }), fc.constant(1 << 20));

  it('given any verdicts already said, writes the bytes of the report built whole, whatever the chunks', () => {
    fc.assert(
      fc.property(fc.array(anyVerdict, { maxLength: 20 }), chunks, fc.boolean(), (made, chunk, keep) => {
        const verdicts: Verdict[] = made.map((m) => ({
          ...county,
          rule: m.rule,
          status: m.status,
          county: m.county,
          comparison: m.comparison,
          detail: m.detail,
          message: m.message,
          actual: m.actual,
          ...(m.period === undefined ? {} : { period: m.period }),
          location: m.located
            ? { file: m.file, ...(m.sheet === undefined ? {} : { sheet: m.sheet }), line: m.line }
            : undefined,
        }));
        const whole = [...items(verdicts, new VerdictEncoder().encode)].join('');
        expect(encoded(verdicts, chunk, keep).equals(Buffer.from(whole))).toBe(true);
      }),
      { seed: 20261208, numRuns: 1500 },
    );
  });

  it('given judged verdicts (no message: said from the title, comparison, detail and due date), writes the bytes of the same verdicts said first', () => {
    fc.assert(
      fc.property(
        fc.array(anyVerdict, { maxLength: 20 }),
        anyText,
        fc.option(fc.constantFrom('2022-12-31', '2022-06-30'), { nil: undefined }),
        chunks,
        (made, title, due, chunk) => {
          const said = new VerdictWords('zh', [
            { id: 'a.one', title },
            { id: 'b.two', title: '应保尽保、应救尽救' },
          ]);
          const verdicts: RawVerdict[] = made.map((m) => ({
            ...county,
            rule: m.rule,
            status: m.status,
            county: m.county,
            comparison: m.comparison,
            detail: m.detail,
            message: undefined,
            ...(due === undefined ? {} : { due }),
            location: m.located ? { file: m.file, line: m.line } : undefined,
          }));
          const whole = [
            ...items(
              verdicts.map((verdict) => said.copy(verdict)),
              new VerdictEncoder().encode,
            ),
          ].join('');
          expect(encoded(verdicts, chunk, true, said).toString()).toBe(whole);
          expect(encoded(verdicts, chunk, false, said).equals(Buffer.from(whole))).toBe(true);
        },
      ),
      { seed: 20261208, numRuns: 800 },
    );
  });
});
