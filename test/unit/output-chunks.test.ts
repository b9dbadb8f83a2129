// A report of bytes written as its chunks come (the xlsx report): whole into its file through a
// temporary file renamed into place, or, when the chunks stop with an error, no file and no
// temporary file left behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeText } from '../../src/run/output.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* chunks(count: number, failAt?: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('the workbook could not be packed');
    await new Promise((resolve) => setImmediate(resolve));
    yield Buffer.from(`第${i}块;`);
  }
}

describe('a report written as its chunks come', () => {
  it('given chunks that arrive one by one, writes them all, in order, into the file', async () => {
    const file = join(dir, '通报.xlsx');
    await writeText(chunks(50), file);
    expect(readFileSync(file, 'utf8')).toBe(Array.from({ length: 50 }, (_, i) => `第${i}块;`).join(''));
    expect(readdirSync(dir)).toEqual(['通报.xlsx']);
  });

  it('given chunks that stop with an error half-way, throws it and leaves neither the file nor a temporary file', async () => {
    const sub = mkdtempSync(join(dir, 'fail-'));
    await expect(writeText(chunks(50, 25), join(sub, '通报.xlsx'))).rejects.toThrow('the workbook could not be packed');
    expect(readdirSync(sub)).toEqual([]);
  });
});
