// A file's chunks with one read asked for ahead: the bytes in order, a failure of the read ahead
// thrown where its chunk is asked for (never an unhandled rejection while a chunk is parsed), and
// the input closed only after a read still under way has ended.
import { describe, expect, it } from 'vitest';
import { arrayBytes, byteChunks, type InputBytes } from '../../src/read/input-bytes.js';

async function all(chunks: AsyncGenerator<Uint8Array>): Promise<number[]> {
  const bytes: number[] = [];
  for await (const chunk of chunks) bytes.push(...chunk);
  return bytes;
}

describe('byteChunks', () => {
  it('gives every byte in order, in chunks of the size asked, the last one shorter', async () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const sizes: number[] = [];
    const bytes: number[] = [];
    for await (const chunk of byteChunks(arrayBytes('a.csv', data), 64)) {
      sizes.push(chunk.length);
      bytes.push(...chunk);
    }
    expect(bytes).toEqual([...data]);
    expect(sizes).toEqual([...Array<number>(15).fill(64), 40]);
  });

  it('throws a failed read ahead where its chunk is asked for, after the loop has turned', async () => {
    const failure = Object.assign(new Error('EIO'), { code: 'EIO' });
    let reads = 0;
    let closed = false;
    const input: InputBytes = {
      name: 'a.csv',
      size: async () => Promise.resolve(128),
      read: async (buffer) => {
        reads += 1;
        if (reads > 1) throw failure;
        buffer.fill(7);
        return Promise.resolve(buffer.length);
      },
      close: async () => {
        closed = true;
        return Promise.resolve();
      },
    };
    const chunks = byteChunks(input, 64);
    const first = await chunks.next();
    expect(first.value).toEqual(new Uint8Array(64).fill(7));
    // The read ahead has failed by now, while nothing awaits it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(chunks.next()).rejects.toBe(failure);
    expect(closed).toBe(true);
  });

  it('left early, closes the input only once the read ahead has ended', async () => {
    const events: string[] = [];
    let release: (() => void) | undefined;
    const input: InputBytes = {
      name: 'a.csv',
      size: async () => Promise.resolve(1 << 20),
      read: async (buffer, position) => {
        events.push(`read ${position}`);
        if (position > 0) await new Promise<void>((resolve) => (release = resolve));
        events.push(`read ${position} done`);
        return buffer.length;
      },
      close: async () => {
        events.push('close');
        return Promise.resolve();
      },
    };
    const chunks = byteChunks(input, 64);
    await chunks.next();
    const leaving = chunks.return(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['read 0', 'read 0 done', 'read 64']);
    release?.();
    await leaving;
    expect(events).toEqual(['read 0', 'read 0 done', 'read 64', 'read 64 done', 'close']);
  });

  it('reads an empty input as no chunk', async () => {
    expect(await all(byteChunks(arrayBytes('a.csv', new Uint8Array(0)), 64))).toEqual([]);
  });
});
