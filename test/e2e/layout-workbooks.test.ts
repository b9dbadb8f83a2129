// Every statistical-table layout as a workbook saved by LibreOffice gives the verdicts and problems
// of the same table as CSV, with places in the workbook's own terms; and a return laid out as a
// county office lays it out in a spreadsheet (merged title and group cells, units in the labels, a
// 合计 row of SUM formulas, a signed footer) is read as the plain 8-county sample is.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, ROOT, type Finding, type Report } from './run.js';

const AT = ['--as-of', '2022-12-31'];
const WORKBOOKS = 'fixtures/workbooks';
const REAL_RETURN = `${WORKBOOKS}/libreoffice-merged-title-groups-units-total-formulas-footer`;
/** Each workbook made from a layout CSV of fixtures/ (scripts/layout-workbooks.mjs). */
const LAYOUTS = readdirSync(join(ROOT, WORKBOOKS))
  .filter((file) => file.endsWith('.xlsx'))
  .map((file) => file.slice(0, -'.xlsx'.length))
  .filter((name) => existsSync(join(ROOT, 'fixtures', `${name}.csv`)))
  // A workbook without a header is one problem for the workbook, not one in a sheet: returns-as-offices-make-them.test.ts.
  .filter((name) => name !== 'header-line-missing');

const verdicts = (findings: Finding[]) => findings.map(({ location: _, ...finding }) => finding);
// Lines are each file's own: a label with a line break takes two lines of a CSV, one row of a sheet.
const problems = (report: Report) => report.problems.map((p) => [p.code, p.column ?? null]);

describe('layouts as workbooks', () => {
  it('covers every layout the CSV fixtures show', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(LAYOUTS)('%s', (name) => {
    const csv = checkJson(`fixtures/${name}.csv`, ...AT);
    it.each(['xlsx', 'xls'])("as .%s, gives the CSV's verdicts and problems, each in its sheet", (format) => {
      const book = checkJson(`${WORKBOOKS}/${name}.${format}`, ...AT);
      expect(book.stderr).toBe('');
      expect(book.code).toBe(csv.code);
      expect(verdicts(book.report.findings)).toEqual(verdicts(csv.report.findings));
      expect(problems(book.report)).toEqual(problems(csv.report));
      expect(book.report.summary).toEqual(csv.report.summary);
      const located = book.report.findings.filter((f) => f.location !== undefined);
      expect(located.length).toBeGreaterThan(0);
      expect(located.every((f) => f.location!.sheet !== undefined)).toBe(true);
      expect(book.report.problems.every((p) => p.sheet !== undefined)).toBe(true);
    });
  });
});

describe('a return as a county office lays it out, saved by LibreOffice', () => {
  const sample = checkJson('fixtures/sample-prefecture-2022.csv', ...AT).report;
  it.each(['xlsx', 'xls'])(
    "as .%s, gives the sample's verdicts, and names the title, 合计 and footer lines once each",
    (format) => {
      const { code, report, stderr } = checkJson(`${REAL_RETURN}.${format}`, ...AT);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(report.inputs).toEqual([{ file: `${REAL_RETURN}.${format}`, format, sheet: 'Sheet1', rows: 8 }]);
      expect(verdicts(report.findings)).toEqual(verdicts(sample.findings));
      // The title, the 填报单位/单位 line and the group row of the merged header; the 合计 row, whose
      // SUM formulas agree with the counties (no total-row-mismatch); the signed footer.
      expect(report.problems.map((p) => [p.code, p.sheet, p.line])).toEqual([
        ['title-rows', 'Sheet1', 1],
        ['total-row', 'Sheet1', 13],
        ['footer-rows', 'Sheet1', 14],
      ]);
      expect(report.findings.find((f) => f.scope === 'county')!.location).toEqual({
        file: `${REAL_RETURN}.${format}`,
        sheet: 'Sheet1',
        line: 5,
      });
    },
  );
});
