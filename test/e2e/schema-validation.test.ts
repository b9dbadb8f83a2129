import { describe, expect, it } from 'vitest';
import { duibiao } from './run.js';
import { junitErrors, sarifErrors } from './schemas.js';

// Between them: every status, data problems of both levels, a formula in a county name.
const CASES = [
  { given: 'the 8-county sample', args: ['fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31'] },
  {
    given: 'messy cells before year-end (pending, invalid, missing, problems)',
    args: ['fixtures/messy-cells.csv', '--as-of', '2022-06-30'],
  },
  {
    given: 'an unknown column and a duplicate county',
    args: ['fixtures/english-headers-any-order.csv', 'fixtures/duplicate-county.csv', '--as-of', '2022-12-31'],
  },
  { given: 'a formula as a county name', args: ['fixtures/formula-in-county-name.csv', '--as-of', '2022-12-31'] },
];

describe('reports that other tools read are valid against their schemas', () => {
  it.each(CASES)('given $given, the JUnit XML validates against junit.xsd', async ({ args }) => {
    const run = duibiao('check', ...args, '-f', 'junit');
    expect(run.stderr).toBe('');
    expect(await junitErrors(run.stdout)).toEqual([]);
  });

  it.each(CASES)('given $given, the SARIF validates against the SARIF 2.1.0 schema', ({ args }) => {
    const run = duibiao('check', ...args, '-f', 'sarif');
    expect(run.stderr).toBe('');
    expect(sarifErrors(JSON.parse(run.stdout))).toEqual([]);
  });

  it('notices a report that breaks the schema, so a pass means something', async () => {
    expect(await junitErrors('<testsuites><testsuite name="x"/></testsuites>')).not.toEqual([]);
    expect(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
  });
});
