// Returns laid out as county offices make them, beyond the plain statistical table: a 合计 right
// under the header, 小计 above their blocks, 其中 rows under a county, units and 万 in the cells,
// the year only in the title, a header line lost. Each gives what an analyst would write by hand.
import { describe, expect, it } from 'vitest';
import { builtin } from '../helpers.js';
import { checkJson, verdictOf, type Report } from './run.js';

const asOf = ['--as-of', '2022-12-31'];
const plain = checkJson('fixtures/sample-prefecture-2022.csv', ...asOf).report;

/** Every county verdict as county, year, rule, status: what must not change with the layout. */
const verdicts = (report: Report): string[] =>
  report.findings.filter((f) => f.scope === 'county').map((f) => `${f.county} ${f.year} ${f.rule} ${f.status}`);
const totals = (report: Report) => report.findings.filter((f) => f.scope === 'total');
/** The pack's labels, longest first, so that none is cut by a shorter one. */
const PACK_LABELS = builtin.fields.map((field) => field.label).sort((a, b) => b.length - a.length);
const problems = (report: Report) => report.problems.map((p) => [p.code, p.line, p.column ?? null]);

describe('a 合计 right under the header', () => {
  const { code, report } = checkJson('fixtures/total-right-under-header-with-a-mismatch.csv', ...asOf);

  it('given a 全州合计 above the counties with a wrong 行政村总数, reports total-row-mismatch at its cell and exits 1', () => {
    expect(code).toBe(1);
    expect(problems(report)).toEqual([
      ['title-rows', 1, null],
      ['total-row-mismatch', 4, 'villages_total'],
      ['total-row', 4, 'county'],
    ]);
    const mismatch = report.problems[1]!;
    expect(mismatch.columnNumber).toBe(17);
    expect(mismatch.message).toContain('1030');
    expect(mismatch.message).toContain('1093');
    expect(report.problems[2]!.message).not.toContain('未核对');
  });

  it('judges the eight counties as the plain table, the 合计 none', () => {
    expect(report.summary.rows).toBe(8);
    expect(verdicts(report)).toEqual(verdicts(plain));
    expect(totals(report)).toEqual(totals(plain));
  });
});

describe('a 合计 and 小计 each above its block', () => {
  const { code, report } = checkJson('fixtures/total-and-subtotals-above-their-blocks.csv', ...asOf);

  it('given 全州合计, then 东片小计 over four counties and 西片小计 over four, checks each against the rows below it up to the next of its level', () => {
    expect(code).toBe(1);
    // Only 西片小计's 11523 is wrong (its four counties sum to 11253); 全州合计 and 东片小计 agree with theirs.
    expect(problems(report)).toEqual([
      ['title-rows', 1, null],
      ['total-row-mismatch', 10, 'assistance_identified'],
      ['total-row', 4, 'county'],
    ]);
    expect(report.problems[1]!.message).toContain('11523');
    expect(report.problems[1]!.message).toContain('11253');
    expect(report.problems[2]!.message).toContain('第 4、5、10 行');
    expect(verdicts(report)).toEqual(verdicts(plain));
  });
});

describe('其中 rows under a county', () => {
  const { code, report } = checkJson('fixtures/breakdown-rows-under-counties-gbk.csv', ...asOf);

  it('given 其中：城市, an indented 农村 and 其中:农村, names them once, judges none of them, and the indented 　云溪县 is still 云溪县', () => {
    expect(code).toBe(1);
    const notice = report.problems.find((p) => p.code === 'breakdown-rows')!;
    expect(notice).toMatchObject({ line: 5, column: 'county', level: 'notice' });
    expect(notice.message).toContain('第 5、6、8 行');
    expect(report.summary.rows).toBe(8);
    expect(report.findings.some((f) => /其中|城市|农村/.test(f.county ?? ''))).toBe(false);
    expect(verdicts(report)).toEqual(verdicts(plain));
    expect(report.problems.some((p) => p.code === 'missing-key')).toBe(false);
  });

  it('never lets them in the way of the 合计 below: its wrong 排查发现安全隐患数 is reported at its cell', () => {
    expect(problems(report).filter(([code]) => code !== 'breakdown-rows')).toEqual([
      ['title-rows', 1, null],
      ['total-row-mismatch', 15, 'hazards_found'],
      ['total-row', 15, 'county'],
      ['footer-rows', 16, null],
    ]);
    expect(report.problems.find((p) => p.code === 'total-row-mismatch')!.message).toContain('307');
    expect(report.problems.find((p) => p.code === 'total-row')!.message).not.toContain('未核对');
  });
});

describe('units in cells', () => {
  const { code, report } = checkJson('fixtures/units-and-ten-thousands-in-cells.csv', ...asOf);

  it('given 1.1万人 and 11000 enrolled, reads 11000 exactly: every eligible person enrolled', () => {
    expect(verdictOf(report, '青岚市', 'assistance.all-eligible-enrolled')).toMatchObject({
      status: 'pass',
      actual: 1,
    });
  });

  it('given 4个月 triggered and 3 个月 paid in the months columns, reads 4 and 3', () => {
    expect(verdictOf(report, '云溪县', 'assistance.price-subsidy-paid')!.status).toBe('fail');
    expect(verdictOf(report, '青岚市', 'assistance.price-subsidy-paid')!.status).toBe('pass');
    expect(verdictOf(report, '石桥县', 'funds.paid-on-time-in-full')!.status).toBe(
      verdictOf(plain, '石桥县', 'funds.paid-on-time-in-full')!.status,
    );
  });

  it('given 186户 in a column of 个, keeps it a problem at its cell, and the rule that needs it says invalid', () => {
    expect(code).toBe(1);
    expect(report.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.line, p.column])).toEqual([
      ['not-a-number', 10, 'villages_total'],
    ]);
    expect(verdictOf(report, '竹湾县', 'eldercare.village-mutual-aid-coverage')!.status).toBe('invalid');
  });
});

describe('the year in the title', () => {
  it("given no 年度 column and a title naming 2022年度 (the 单位 line's 填报日期 2023年1月5日 is a day), reads every row as of 2022", () => {
    const { code, report } = checkJson('fixtures/year-only-in-title-gbk.csv', ...asOf);
    expect(code).toBe(1);
    expect(problems(report)).toEqual([
      ['period-from-title', 1, 'year'],
      ['title-rows', 1, null],
    ]);
    expect(report.problems[0]!.level).toBe('notice');
    expect(verdicts(report)).toEqual(verdicts(plain));
    expect(totals(report)).toEqual(totals(plain));
  });

  it('given no 年度 column and no year in the title, reports the missing column as before', () => {
    const { report } = checkJson('fixtures/no-year-column.csv', ...asOf);
    expect(report.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.column])).toEqual([
      ['missing-column', 'year'],
    ]);
  });
});

describe('no header', () => {
  it('given a return whose header line is missing, reports one no-header, judges none of its lines, and exits 1', () => {
    const { code, report } = checkJson('fixtures/header-line-missing.csv', ...asOf);
    expect(code).toBe(1);
    expect(problems(report)).toEqual([['no-header', 1, null]]);
    expect(report.problems[0]!.level).toBe('error');
    expect(report.summary.rows).toBe(0);
    expect(report.findings.filter((f) => f.scope === 'county')).toEqual([]);
  });

  it('given it beside a whole return, checks the whole one as on its own', () => {
    const { code, report } = checkJson(
      'fixtures/header-line-missing.csv',
      'fixtures/sample-prefecture-2022.csv',
      ...asOf,
    );
    expect(code).toBe(1);
    expect(problems(report)).toEqual([['no-header', 1, null]]);
    expect(report.summary.rows).toBe(8);
    expect(verdicts(report)).toEqual(verdicts(plain));
  });

  it.each(['xlsx', 'xls'])(
    'given it as a .%s saved by LibreOffice, reports one no-header for the workbook',
    (format) => {
      const file = `fixtures/workbooks/header-line-missing.${format}`;
      const { code, report, stderr } = checkJson(file, ...asOf);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(report.problems.map((p) => [p.code, p.file, p.sheet])).toEqual([['no-header', file, undefined]]);
      expect(report.summary.rows).toBe(0);
    },
  );
});

describe('in English', () => {
  it.each([
    'fixtures/breakdown-rows-under-counties-gbk.csv',
    'fixtures/year-only-in-title-gbk.csv',
    'fixtures/total-and-subtotals-above-their-blocks.csv',
    'fixtures/header-line-missing.csv',
  ])("given %s, says each notice and problem in English, quoting only the data and the pack's labels", (fixture) => {
    const { report } = checkJson(fixture, ...asOf, '--lang', 'en');
    // What a message may quote: the file's own texts ('…') and the pack's labels.
    const labels = [...new Set(report.problems.map((p) => p.message.match(/'[^']*'/g) ?? []).flat())];
    for (const { message } of report.problems) {
      const rest = [...labels, ...PACK_LABELS].reduce((text, quoted) => text.split(quoted).join(' '), message);
      expect(rest).not.toMatch(/[\u3400-\u9fff]/);
    }
  });
});
