// Positional writes handed to other threads, a few at once: every byte lands at its place whatever
// order the writes end in, no more are out than allowed, a done chunk is handed out again, and a
// write that failed is thrown to whoever writes or waits next.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Writes } from '../../src/run/writes.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writes on other threads', () => {
  it('given chunks put at their places out of order, past the depth, writes each byte where it belongs', async () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const writes = new Writes(fd, 2);
    const parts = Array.from({ length: 40 }, (_, i) => `第${String(i).padStart(2, '0')}块;`);
    const size = Buffer.byteLength(parts[0]!);
    const held: boolean[] = [];
    for (const i of [...parts.keys()].reverse()) held.push(writes.put(Buffer.from(parts[i]!), i * size));
    await writes.settle();
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
    // Two were out at most: the rest were written at once, on this thread.
    expect(held.slice(0, 2)).toEqual([true, true]);
    expect(held.filter(Boolean).length).toBeLessThan(parts.length);
  });

  it('given a chunk whose write is done, hands it out again for a chunk of its size only', async () => {
    const fd = openSync(join(dir, 'spare.bin'), 'w');
    const writes = new Writes(fd, 4);
    const chunk = writes.spare(16).fill(65);
    expect(writes.put(chunk.subarray(0, 8), 0, chunk)).toBe(true);
    await writes.settle();
    expect(writes.spare(32)).not.toBe(chunk);
    expect(writes.spare(16)).toBe(chunk);
    closeSync(fd);
  });

  it('given a write that fails, throws it when waited on and at the next put', async () => {
    const fd = openSync(join(dir, 'closed.txt'), 'w');
    closeSync(fd);
    const writes = new Writes(fd, 4);
    expect(writes.put(Buffer.from('x'), 0)).toBe(true);
    await expect(writes.settle()).rejects.toMatchObject({ code: 'EBADF' });
    expect(() => writes.put(Buffer.from('y'), 1)).toThrow();
  });
});
