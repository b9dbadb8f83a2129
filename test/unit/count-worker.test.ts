// Counting on two threads (csv-parse here, rows and counts on a worker) gives the account a check
// on one thread gives: the same counts, totals, inputs and problems, in the same order.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import type * as Host from '../../src/run/count-host.js';
import { WorkerLane } from '../../src/run/count-host.js';
import { builtin } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-count-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: true };
// The worker is started by its path beside the module: the built one, as the CLI runs it.
const host = (await import(new URL('../../dist/run/count-host.js', import.meta.url).href)) as typeof Host;

/** Many batches: the sample's rows and the messy ones 300 times over, each tenth county twice, with blank and short rows. */
const big = join(dir, 'big.csv');
{
  const [header, ...rows] = readFileSync('fixtures/sample-prefecture-2022.csv', 'utf8').trim().split('\n');
  const messy = readFileSync('fixtures/messy-cells.csv', 'utf8').trim().split('\n').slice(1);
  const lines = [header];
  for (let i = 0; i < 300; i++) {
    for (const row of [...rows, ...messy])
      lines.push(row.replace(/^([^,]*),\d+/, `$1${i % 10 === 0 ? 0 : i},${440000 + i}`));
    if (i % 50 === 0) lines.push('', ',,,', '青岚市,1,2022');
  }
  writeFileSync(big, `${lines.join('\r\n')}\r\n`);
}

const readable = readdirSync('fixtures')
  .filter(
    (name) =>
      /\.(csv|tsv|txt)$/.test(name) && !['nul-bytes.csv', 'unclosed-quote.csv', 'xlsx-renamed.csv'].includes(name),
  )
  .map((name) => `fixtures/${name}`);

describe('counting on two threads', () => {
  it.each([
    { given: 'a large file of many batches, with duplicates, blank and short rows', files: [big] },
    {
      given:
        'every readable CSV fixture as one data set (titles, GB18030, odd headers, empty files, duplicates across files)',
      files: readable,
    },
  ])('given $given, accounts for it as one thread does', async ({ files }) => {
    const counted = await host.countInWorker(files, builtin, options);
    expect(counted).toBeDefined();
    // From the sources the worker's file does not exist: this counts on one thread.
    const single = await checkData(files, builtin, options);
    expect(counted).toEqual(single);
    expect(single.problems.length).toBeGreaterThan(10);
  });

  it.each(['fixtures/unclosed-quote.csv', 'fixtures/xlsx-renamed.csv'])(
    'given %s, stops with the error one thread stops with',
    async (file) => {
      const files = [big, file];
      const single = await checkData(files, builtin, options).catch((error: unknown) => error);
      await expect(host.countInWorker(files, builtin, options)).rejects.toEqual(single);
    },
  );

  it('given a worker that cannot start, goes on here from where the reading is, and accounts alike', async () => {
    // From the sources the worker's file does not exist: it never starts.
    let lane: WorkerLane | undefined;
    const progress: number[] = [];
    const counted = await checkData(
      [big],
      builtin,
      { ...options, onProgress: (rows) => progress.push(rows) },
      (...args) => (lane = new WorkerLane(...args)),
    );
    expect(lane!.fellBack).toBe(true);
    expect(counted).toEqual(await checkData([big], builtin, options));
    // The files are read once: the rows counted only grow, to the last.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(counted.summary.rows);
  });
});
