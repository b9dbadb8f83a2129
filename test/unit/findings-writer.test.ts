// The findings of a large check, judged partly on a worker thread, are written in order, byte for
// byte those of the JSON report built whole; a worker that cannot start costs nothing but time.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import type * as Writer from '../../src/run/findings-writer.js';
import type { Row } from '../../src/model/types.js';
import { json } from '../../src/report/json/report.js';
import { jsonHead, jsonTail } from '../../src/report/json/head.js';
import { builtin, shown } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-findings-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: false };
const setup = { rules: builtin.rules, fields: builtin.fields, options: { asOf: options.asOf, today: options.today } };

/** The sample's rows and the messy ones, each county three hundred times over under new names: some 4,800 rows. */
const big = join(dir, 'big.csv');
{
  const [header, ...rows] = readFileSync('fixtures/sample-prefecture-2022.csv', 'utf8').trim().split('\n');
  const messy = readFileSync('fixtures/messy-cells.csv', 'utf8').trim().split('\n').slice(1);
  const lines = [header];
  for (let i = 0; i < 300; i++)
    for (const row of [...rows, ...messy]) lines.push(row.replace(/^([^,]*),\d+/, `$1${i},${440000 + i}`));
  writeFileSync(big, `${lines.join('\n')}\n`);
}

/** The findings as the writer writes them, from the rows of `big` in the batches the reader makes. */
async function written(
  module: typeof Writer,
  withWorker: boolean,
): Promise<{ text: string; batches: { here: number; worker: number }; started: boolean }> {
  const file = join(dir, `findings-${withWorker}-${Math.random()}.jsonl`);
  const fd = openSync(file, 'w+');
  const writer = new module.FindingsWriter(fd, 0, setup, withWorker);
  try {
    const started = await writer.workerStarted();
    const batches: (readonly Row[])[] = [];
    const result = await checkData([big], builtin, { ...options, onRows: (rows) => void batches.push(rows) });
    // Handed over at once: the worker takes as many as it may have at a time, this thread the rest.
    for (const batch of batches) void writer.rows(batch);
    await writer.end(result.findings);
    return { text: readFileSync(file, 'utf8'), batches: writer.batches, started };
  } finally {
    await writer.dispose();
    closeSync(fd);
  }
}

/** The findings of the JSON report built whole, list end included. */
async function whole(): Promise<string> {
  const result = shown(await checkData([big], builtin, options));
  const rendered = json(result, { color: false, paint: undefined as never, width: 100 });
  const text = typeof rendered === 'string' ? rendered : [...rendered].join('');
  return text.slice(jsonHead(result).length, text.length - [...jsonTail(result)].join('').length);
}

describe('the findings writer', () => {
  it('given a worker (the built one), shares the batches with it and writes the report built whole, byte for byte', async () => {
    // The worker is started by its path beside the module: the built one, as the CLI runs it.
    const built = (await import(new URL('../../dist/run/findings-writer.js', import.meta.url).href)) as typeof Writer;
    const { text, batches, started } = await written(built, true);
    expect(started).toBe(true);
    expect(batches.worker).toBeGreaterThan(0);
    expect(batches.here).toBeGreaterThan(0);
    expect(text).toBe(await whole());
  });

  it('given a worker that cannot start, does every batch on this thread and writes the same', async () => {
    // From the sources the worker's file does not exist.
    const sources = await import('../../src/run/findings-writer.js');
    const { text, batches, started } = await written(sources, true);
    expect(started).toBe(false);
    expect(batches.worker).toBe(0);
    expect(text).toBe(await whole());
  });

  it('given batches handed over faster than they are written, holds the reading back once every write is out, and writes the same', async () => {
    const { FindingsWriter } = await import('../../src/run/findings-writer.js');
    const file = join(dir, `findings-held-${Math.random()}.jsonl`);
    const fd = openSync(file, 'w+');
    const writer = new FindingsWriter(fd, 0, setup, false);
    try {
      const batches: (readonly Row[])[] = [];
      const result = await checkData([big], builtin, { ...options, onRows: (rows) => void batches.push(rows) });
      expect(batches.length).toBeGreaterThan(4);
      // No write can end before the loop turns: past eight out, the writer asks the reading to wait.
      const answers = batches.map((batch) => writer.rows(batch));
      expect(answers[0]).toBeUndefined();
      expect(answers.some((answer) => answer instanceof Promise)).toBe(true);
      for (const answer of answers) if (answer) await answer;
      await writer.end(result.findings);
      expect(readFileSync(file, 'utf8')).toBe(await whole());
    } finally {
      await writer.dispose();
      closeSync(fd);
    }
  });
});
