// The prefecture's return as offices make it (scripts/prefecture-workbooks.mjs): the 8-county
// sample's figures under a merged title naming 2022 and no 年度 column, a two-level header with
// units in its labels, the 合计 first, 其中：城市 / 农村 rows under 青岚市 and 梅江区, a hidden 代码表
// and a signed footer; as .xlsx, .xls and the GBK CSV Excel saves of it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, duibiao, type Finding, type Report } from './run.js';

const RETURN = 'prefecture-return-2022';
const FORMS = [`fixtures/workbooks/${RETURN}.xlsx`, `fixtures/workbooks/${RETURN}.xls`, `fixtures/${RETURN}-gbk.csv`];
const AS_OF = ['--as-of', '2022-12-31'];

const verdicts = (findings: Finding[]) =>
  findings.map((f) => [f.scope, f.county, f.year, f.rule, f.status, f.actual, f.target]);
const problems = (report: Report) =>
  report.problems.filter((p) => p.code !== 'sheet-skipped').map((p) => [p.code, p.line, p.column ?? null]);
const misses = (report: Report) =>
  report.findings.filter((f) => f.status !== 'pass').map((f) => [f.county ?? '全州', f.rule, f.status]);

/** What a careful analyst finds by hand in the sample's figures, the targets as the speech sets them. */
const BY_HAND = [
  ['石桥县', 'eldercare.township-center-coverage', 'fail'], // 6 of 16 townships, under 40%
  ['白水县', 'eldercare.village-mutual-aid-coverage', 'fail'], // 29 of 50 villages, under 60%
  ['云溪县', 'assistance.price-subsidy-paid', 'fail'], // subsidy paid 3 of the 4 months
  ['云溪县', 'eldercare.daycare-demo-site', 'fail'], // no day-care demo site
  ['云溪县', 'disability.living-subsidy-paid', 'fail'], // 2983 of 3016
  ['松林县', 'assistance.minor-protection-center', 'fail'], // 否
  ['松林县', 'eldercare.no-safety-accidents', 'fail'], // one accident
  ['松林县', 'safety.hazards-rectified', 'fail'], // 45 of 48
  ['枫岭县', 'eldercare.construction-subsidy-policy', 'fail'], // 否
  ['枫岭县', 'eldercare.disabled-tekun-in-care', 'fail'], // 139 of 152
  ['枫岭县', 'disability.rehab-coverage', 'missing'], // the count needing rehabilitation left blank
  ['竹湾县', 'assistance.standard-keeps-pace-with-prices', 'fail'], // +1.5% against prices +2.0%
  ['竹湾县', 'disability.rehab-coverage', 'fail'], // 1470 of 1744
  ['竹湾县', 'funds.paid-on-time-in-full', 'fail'], // 1234.5 of 1250 万元
  ['梅江区', 'eldercare.village-mutual-aid-coverage', 'not_applicable'], // a district without villages
  ['全州', 'eldercare.disabled-tekun-in-care', 'fail'],
  ['全州', 'disability.rehab-coverage', 'missing'],
  ['全州', 'disability.living-subsidy-paid', 'fail'],
  ['全州', 'funds.paid-on-time-in-full', 'fail'],
  ['全州', 'safety.hazards-rectified', 'fail'],
];

describe('the prefecture return as offices make it', () => {
  const runs = FORMS.map((file) => ({ file, ...checkJson(file, ...AS_OF) }));
  const sample = checkJson('fixtures/sample-prefecture-2022.csv', ...AS_OF).report;

  it.each(runs.map((run) => [run.file, run] as const))(
    '%s: the misses a careful analyst finds by hand, and no others',
    (_, { code, report, stderr }) => {
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(misses(report)).toEqual(BY_HAND);
      // Every rule for every county and for the prefecture, as the flat sample gives them.
      expect(report.inputs.map((input) => input.rows)).toEqual([8]);
      expect(report.summary).toEqual({ ...sample.summary, problems: report.problems.length });
      expect(verdicts(report.findings)).toEqual(verdicts(sample.findings));
    },
  );

  it('gives identical verdicts and problems as .xlsx, .xls and GBK CSV', () => {
    const [xlsx, xls, csv] = runs.map((run) => run.report);
    expect(verdicts(xls!.findings)).toEqual(verdicts(xlsx!.findings));
    expect(verdicts(csv!.findings)).toEqual(verdicts(xlsx!.findings));
    expect(problems(xls!)).toEqual(problems(xlsx!));
    expect(problems(csv!)).toEqual(problems(xlsx!));
    expect(csv!.inputs[0]!.encoding).toMatch(/^(gbk|gb18030)$/);
  });

  it.each(runs.map((run) => [run.file, run] as const))(
    '%s: the year from the title, the 合计 checked, the 其中 rows and the footer set aside, nothing unknown',
    (file, { report }) => {
      const codes = report.problems.map((p) => p.code);
      expect(codes.filter((c) => c !== 'sheet-skipped')).toEqual([
        'period-from-title',
        'title-rows',
        'total-row',
        'breakdown-rows',
        'footer-rows',
      ]);
      expect(report.problems.every((p) => p.level === 'notice')).toBe(true);
      expect(report.findings.every((f) => f.year === 2022)).toBe(true);
      // The 合计 stands right under the two-level header and adds up: no mismatch, only 有康复需求的持证残疾人数 unchecked (枫岭县's blank).
      expect(report.problems.find((p) => p.code === 'total-row')!.line).toBe(5);
      // The four 其中 rows (城市, then 农村 indented) under 青岚市 and 梅江区: no verdict, no county.
      expect(report.problems.find((p) => p.code === 'breakdown-rows')!.line).toBe(7);
      expect(
        report.findings.some(
          (f) =>
            f.county !== null &&
            !['青岚市', '石桥县', '白水县', '云溪县', '松林县', '枫岭县', '竹湾县', '梅江区'].includes(f.county),
        ),
      ).toBe(false);
      expect(
        report.findings.filter(
          (f) => f.location?.line === 7 || f.location?.line === 8 || f.location?.line === 16 || f.location?.line === 17,
        ),
      ).toEqual([]);
      // The hidden 代码表 of a workbook: named, and no row read from it.
      if (file.endsWith('.csv')) expect(codes).not.toContain('sheet-skipped');
      else {
        expect(report.problems.filter((p) => p.code === 'sheet-skipped').map((p) => p.sheet)).toEqual(['代码表']);
        expect(report.inputs.map((input) => input.sheet)).toEqual(['主要指标']);
      }
    },
  );

  it('with the roster: every county known, 白河县 not submitted, and no other problem', () => {
    for (const file of FORMS) {
      const { report } = checkJson(file, ...AS_OF, '--counties', 'fixtures/round/roster-9-counties.csv');
      const codes = report.problems.map((p) => p.code);
      expect(codes).not.toContain('unknown-county');
      expect(codes).not.toContain('missing-key');
      expect(report.problems.filter((p) => p.level !== 'notice').map((p) => p.code)).toEqual(['county-not-submitted']);
      expect(misses(report)).toEqual(BY_HAND);
    }
  });

  it('a 合计 figure typed wrong over its formula is total-row-mismatch at its cell, and the verdicts stay', () => {
    const { code, report } = checkJson(`fixtures/workbooks/${RETURN}-wrong-total.xlsx`, ...AS_OF);
    expect(code).toBe(1);
    const errors = report.problems.filter((p) => p.level === 'error');
    // 失能半失能特困人员数: 1881 typed, the counties add up to 1818.
    expect(errors.map((p) => [p.code, p.sheet, p.cell, p.column])).toEqual([
      ['total-row-mismatch', '主要指标', 'V5', 'tekun_disabled'],
    ]);
    expect(errors[0]!.message).toContain('1881');
    expect(errors[0]!.message).toContain('1818');
    expect(misses(report)).toEqual(BY_HAND);
  });

  it('as the table, HTML and xlsx, exits 1 and writes the report', () => {
    const table = duibiao('check', FORMS[0]!, ...AS_OF);
    expect([table.code, table.stderr]).toEqual([1, '']);
    expect(table.stdout).toContain('sheet-skipped');
    expect(table.stdout).not.toContain('unknown-county');
    const html = duibiao('check', FORMS[0]!, ...AS_OF, '-f', 'html');
    expect([html.code, html.stderr]).toEqual([1, '']);
    expect(html.stdout).toContain('breakdown-rows');
    const out = join(mkdtempSync(join(tmpdir(), 'duibiao-prefecture-')), 'out.xlsx');
    const xlsx = duibiao('check', FORMS[0]!, ...AS_OF, '-f', `xlsx:${out}`);
    expect([xlsx.code, xlsx.stderr]).toEqual([1, '']);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('county names indented, one listed without its suffix', () => {
  // Every county indented by a full-width space; 青岚市 written 青岚, as the roster lists it, under 石桥县.
  const FILE = 'fixtures/counties-indented-one-named-without-suffix.csv';
  const ROSTER = 'fixtures/round/roster-8-counties-one-without-suffix.csv';

  it('without a roster, reads the indented 青岚 as a 其中 row of 石桥县 and names it', () => {
    const { report } = checkJson(FILE, ...AS_OF);
    expect(report.inputs[0]!.rows).toBe(7);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['breakdown-rows', 3]]);
    expect(report.findings.some((f) => f.county === '青岚')).toBe(false);
  });

  it('with --counties listing 青岚, reads it as that county, judged as the sample judges 青岚市', () => {
    const { report } = checkJson(FILE, ...AS_OF, '--counties', ROSTER);
    expect(report.inputs[0]!.rows).toBe(8);
    expect(report.problems.map((p) => p.code)).not.toContain('breakdown-rows');
    expect(report.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    const sample = checkJson('fixtures/sample-prefecture-2022.csv', ...AS_OF).report;
    const of = (findings: Finding[], county: string) =>
      findings.filter((f) => f.county === county).map((f) => [f.rule, f.status, f.actual]);
    expect(of(report.findings, '青岚')).toEqual(of(sample.findings, '青岚市'));
    expect(of(report.findings, '青岚')).toHaveLength(19);
  });
});
