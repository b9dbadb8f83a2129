import { describe, expect, it } from 'vitest';
import { duibiao } from './run.js';

const SAMPLE = ['fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31'];
// Before year-end, so that the day-care target is pending; with unreadable cells, so that there are problems.
const MESSY = ['fixtures/messy-cells.csv', '--as-of', '2022-06-30'];
const normalise = (text: string) => text.replace(/"version": "(?!2\.1\.0")[^"]+"/, '"version": "X"');

describe('golden reports of the 8-county sample', () => {
  it.each([
    { format: 'table', golden: 'sample-table.txt' },
    { format: 'json', golden: 'sample.json' },
    { format: 'junit', golden: 'sample-junit.xml' },
    { format: 'sarif', golden: 'sample.sarif' },
    { format: 'github', golden: 'sample-github.txt' },
    { format: 'csv', golden: 'sample.csv' },
    { format: 'markdown', golden: 'sample.md' },
  ])('$format', async ({ format, golden }) => {
    const run = duibiao('check', ...SAMPLE, '-f', format);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    await expect(normalise(run.stdout)).toMatchFileSnapshot(`../golden/${golden}`);
  });
});

describe('golden reports of messy cells: problems beside verdicts', () => {
  it.each([
    { format: 'junit', golden: 'messy-cells-junit.xml' },
    { format: 'github', golden: 'messy-cells-github.txt' },
    { format: 'markdown', golden: 'messy-cells.md' },
  ])('$format', async ({ format, golden }) => {
    const run = duibiao('check', ...MESSY, '-f', format);
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(`../golden/${golden}`);
  });
});
