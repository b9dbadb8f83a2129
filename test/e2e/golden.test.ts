import { describe, expect, it } from 'vitest';
import { duibiao } from './run.js';

const normalise = (text: string) => text.replace(/"version": "[^"]+"/, '"version": "X"');

describe('golden reports of the 8-county sample', () => {
  it('table', async () => {
    const run = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31');
    await expect(run.stdout).toMatchFileSnapshot('../golden/sample-table.txt');
  });

  it('json', async () => {
    const run = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31', '-f', 'json');
    await expect(normalise(run.stdout)).toMatchFileSnapshot('../golden/sample.json');
  });
});
