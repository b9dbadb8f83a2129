// Returns laid out as statistical tables are: each layout gives the verdicts of the plain sample,
// or a located problem that names the real cause.
import { describe, expect, it } from 'vitest';
import { checkJson, duibiao, verdictOf, type Report } from './run.js';

const asOf = ['--as-of', '2022-12-31'];
const plain = checkJson('fixtures/sample-prefecture-2022.csv', ...asOf).report;

/** Every county verdict as county, rule, status: what must not change with the layout. */
const verdicts = (report: Report): string[] =>
  report.findings.filter((f) => f.scope === 'county').map((f) => `${f.county} ${f.rule} ${f.status}`);
const codes = (report: Report): [string, string, number][] => report.problems.map((p) => [p.code, p.level, p.line]);

describe('statistical-table layout', () => {
  it.each([
    { fixture: 'title-and-unit-line-above-header.csv', problems: [['title-rows', 'notice', 1]], firstLine: 4 },
    { fixture: 'two-level-header-merged-cells.csv', problems: [['title-rows', 'notice', 1]], firstLine: 4 },
    { fixture: 'units-in-labels-and-column-numbers.csv', problems: [['title-rows', 'notice', 3]], firstLine: 4 },
    { fixture: 'footer-signature-date-and-notes.csv', problems: [['footer-rows', 'notice', 10]], firstLine: 2 },
    { fixture: 'gbk-with-title-row.csv', problems: [['title-rows', 'notice', 1]], firstLine: 3 },
    { fixture: 'full-width-digits.csv', problems: [], firstLine: 2 },
  ])(
    "given $fixture, gives the plain sample's verdicts and names each skipped line once",
    ({ fixture, problems, firstLine }) => {
      const { code, report } = checkJson(`fixtures/${fixture}`, ...asOf);
      expect(code).toBe(1);
      expect(codes(report)).toEqual(problems);
      expect(report.summary.rows).toBe(8);
      expect(report.inputs[0]!.rows).toBe(8);
      expect(verdicts(report)).toEqual(verdicts(plain));
      expect(report.findings.filter((f) => f.scope === 'total')).toEqual(
        plain.findings.filter((f) => f.scope === 'total'),
      );
      expect(verdictOf(report, '青岚市', 'eldercare.village-mutual-aid-coverage')!.location!.line).toBe(firstLine);
    },
  );

  it('given a title and a 单位 line, names both lines in the one notice', () => {
    const { report } = checkJson('fixtures/title-and-unit-line-above-header.csv', ...asOf);
    expect(report.problems[0]!.message).toContain('第 1、2 行');
    expect(report.problems[0]!.message).toContain('填报单位');
  });

  it('given a footer, never takes 填表人 or 注 for a county', () => {
    const { report } = checkJson('fixtures/footer-signature-date-and-notes.csv', ...asOf);
    expect(report.findings.some((f) => f.county?.startsWith('填表人') || f.county?.startsWith('注'))).toBe(false);
    expect(report.problems[0]!.message).toContain('第 10–12 行');
  });
});

describe('aggregate rows', () => {
  const { code, report } = checkJson('fixtures/total-and-subtotal-rows-with-a-mismatch.csv', ...asOf);

  it('given 小计 and 合计 rows, judges only the eight counties, and the prefecture figures stay single', () => {
    expect(code).toBe(1);
    expect(report.summary.rows).toBe(8);
    expect(report.findings.some((f) => f.county?.endsWith('计'))).toBe(false);
    expect(verdicts(report)).toEqual(verdicts(plain));
    expect(verdictOf(report, null as unknown as string, 'assistance.all-eligible-enrolled')!.comparison).toBe(
      plain.findings.find((f) => f.scope === 'total' && f.rule === 'assistance.all-eligible-enrolled')!.comparison,
    );
  });

  it('given a 小计 and a 合计 cell that differ from the rows they cover, reports each at its cell, and names the aggregate rows once', () => {
    expect(report.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['total-row-mismatch', 11, 'villages_total'],
      ['total-row-mismatch', 12, 'assistance_identified'],
      ['total-row', 6, 'county'],
    ]);
    expect(report.problems[1]!.message).toContain('25194');
    expect(report.problems[1]!.message).toContain('25149');
  });
});

describe('identity by code', () => {
  it('given 石桥 and 石桥县 under one code, and one name under two codes, reports a duplicate and a mismatch', () => {
    const { code, report } = checkJson('fixtures/same-code-under-two-names.csv', ...asOf);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['duplicate-row-key', 10, 'county_code'],
      ['duplicate-row-key', 11, 'county'],
      ['name-code-mismatch', 11, 'county_code'],
    ]);
  });
});

describe('cells as offices type them', () => {
  const { report } = checkJson('fixtures/cells-as-offices-type-them.csv', ...asOf);

  it('given a unit after a figure, √ and ×, reads them; a wrong unit stays a located problem', () => {
    expect(verdictOf(report, '青岚市', 'eldercare.village-mutual-aid-coverage')!.status).toBe('pass');
    expect(verdictOf(report, '青岚市', 'assistance.all-eligible-enrolled')!.status).toBe('pass');
    expect(verdictOf(report, '青岚市', 'assistance.minor-protection-center')!.status).toBe('pass');
    expect(verdictOf(report, '白水县', 'assistance.minor-protection-center')!.status).toBe('fail');
    expect(report.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.line, p.column])).toEqual([
      ['not-a-number', 8, 'villages_total'],
    ]);
  });

  it('given —, / and 无 in number cells, reads blanks, never zeros, and counts them once per column', () => {
    expect(verdictOf(report, '云溪县', 'eldercare.daycare-demo-site')!.status).toBe('missing');
    expect(verdictOf(report, '松林县', 'eldercare.daycare-demo-site')!.status).toBe('missing');
    expect(verdictOf(report, '枫岭县', 'eldercare.no-safety-accidents')!.status).toBe('missing');
    expect(
      report.problems.filter((p) => p.code === 'placeholder-blank').map((p) => [p.line, p.column, p.level]),
    ).toEqual([
      [5, 'daycare_demo_sites', 'notice'],
      [7, 'eldercare_accidents', 'notice'],
    ]);
  });
});

describe('dates and deadlines', () => {
  it('given dotted dates, reads them; under --as-of report-date an impossible one makes a deadline verdict invalid, never judged at today', () => {
    const { report } = checkJson('fixtures/dotted-report-dates.csv', '--as-of', 'report-date');
    expect(report.problems.map((p) => [p.code, p.line, p.column])).toEqual([['invalid-date', 5, 'report_date']]);
    expect(verdictOf(report, '云溪县', 'eldercare.daycare-demo-site')!.status).toBe('invalid');
    const plainDates = checkJson('fixtures/sample-prefecture-2022.csv', '--as-of', 'report-date').report;
    expect(verdictOf(plainDates, '云溪县', 'eldercare.daycare-demo-site')!.status).toBe('pending');
  });
});

describe('honest totals', () => {
  it('given a total from 1 of 8 rows, never says pass, keeps the figure, and shows 1/8 in every format', () => {
    const { report } = checkJson('fixtures/total-from-one-of-eight-rows.csv', ...asOf);
    const total = report.findings.find(
      (f) => f.scope === 'total' && f.rule === 'eldercare.village-mutual-aid-coverage',
    )!;
    expect(total.status).toBe('missing');
    expect(total.basis).toEqual({ rows: 1, of: 8 });
    expect(total.actual).toBeCloseTo(71 / 96, 10);
    for (const f of report.findings.filter((v) => v.scope === 'total')) expect(f.basis!.of).toBe(8);
    for (const format of ['table', 'csv', 'junit']) {
      expect(duibiao('check', 'fixtures/total-from-one-of-eight-rows.csv', ...asOf, '-f', format).stdout).toContain(
        '(1/8)',
      );
    }
  });
});

describe('a stray quote', () => {
  it('given a quote opened on line 5 and closed on line 8, reports quote-spans-lines there and reads every county on those lines', () => {
    const { code, report } = checkJson('fixtures/stray-quote-spans-lines.csv', ...asOf);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.code, p.line, p.columnNumber])).toEqual([['quote-spans-lines', 5, 11]]);
    expect(report.problems[0]!.message).toContain('第 6–8 行');
    expect(report.summary.rows).toBe(8);
    expect(verdicts(report)).toEqual(verdicts(plain));
    expect(verdictOf(report, '竹湾县', 'eldercare.township-center-coverage')!.location!.line).toBe(8);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('given UTF-16LE Chinese text where 开 has a zero low byte, reads it as the sample', () => {
    const { report } = checkJson('fixtures/utf16le-without-bom-chinese.csv', ...asOf);
    expect(report.inputs[0]!.encoding).toBe('utf-16le');
    expect(report.problems).toEqual([]);
    expect(verdicts(report)).toEqual(verdicts(plain).map((v) => v.replace('白水县', '开阳县')));
  });
});
