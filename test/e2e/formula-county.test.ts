import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { duibiao } from './run.js';

// A county cell as an attacker would type it; fixtures/formula-in-county-name.csv is a sample row with only that changed.
const FORMULA = '=HYPERLINK("http://example.com","x")';
const check = (format: string) =>
  duibiao('check', 'fixtures/formula-in-county-name.csv', '--as-of', '2022-12-31', '-f', format);

describe('a county named like a spreadsheet formula', () => {
  it('reads the name as it stands and judges the row like any other', () => {
    const report = JSON.parse(check('json').stdout) as {
      findings: { county: string; status: string; scope: string }[];
    };
    const county = report.findings.filter((f) => f.scope === 'county');
    expect(new Set(county.map((f) => f.county))).toEqual(new Set([FORMULA]));
    expect(county.filter((f) => f.status === 'fail')).toHaveLength(1);
  });

  it('comes out of the CSV report inert: quoted with an apostrophe, and no cell starts a formula', () => {
    const text = check('csv').stdout;
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });
    const counties = rows.filter((r) => r.scope === 'county');
    expect(counties.length).toBe(19);
    for (const row of counties) expect(row.county).toBe(`'${FORMULA}`);
    const cells = parse(text, { bom: true }).flat();
    // Negative numbers stay numbers; nothing else may begin like a formula.
    expect(cells.filter((c) => /^[=+\-@\t\r\n＝＋－＠]/.test(c) && !/^-\d+(\.\d+)?$/.test(c))).toEqual([]);
  });

  it('is escaped in its GitHub annotation, so the properties still split where they should', () => {
    const line = check('github')
      .stdout.split('\n')
      .find((l) => l.startsWith('::error '))!;
    expect(line).toContain('title==HYPERLINK("http%3A//example.com"%2C"x") 2022 · ');
    const [, properties] = /^::error (.*?)::/.exec(line)!;
    expect(properties!.split(',').map((p) => p.slice(0, p.indexOf('=')))).toEqual(['file', 'line', 'title']);
  });

  it('is plain text in the markdown comment, not a link', () => {
    expect(check('markdown').stdout).toContain('**=HYPERLINK("http\\://example.com","x") 2022**');
  });

  it('keeps its exact name in the SARIF properties and the JUnit testcase', () => {
    const sarif = JSON.parse(check('sarif').stdout) as { runs: { results: { properties: { county: string } }[] }[] };
    expect(sarif.runs[0]!.results[0]!.properties.county).toBe(FORMULA);
    expect(check('junit').stdout).toContain(
      '<testcase name="=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;) 2022"',
    );
  });
});
