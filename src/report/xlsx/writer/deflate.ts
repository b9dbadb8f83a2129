// Deflates a zip entry's bytes as they are made, with whatever the host has: node:zlib on Node,
// which deflates on libuv's thread pool, so that the sheet's XML is made on the main thread while
// the bytes before it are compressed on the other cores; the web's
// CompressionStream('deflate-raw') where there is no node:zlib (a browser), as read/inflate.ts
// does for reading. Either reads its input as it needs it: the memory held is a few chunks.

/** Bytes in, raw deflate out; the output's `return()` (a `break`, an error) stops both. */
export type Deflater = (bytes: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** The web's deflater: a CompressionStream fed by pulling `bytes`, one chunk at a time. */
export const webDeflater: Deflater = async function* (bytes) {
  const input = bytes[Symbol.asyncIterator]();
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await input.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await input.return?.();
    },
  });
  const reader = source.pipeThrough(new CompressionStream('deflate-raw')).getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
};

/**
 * Node's deflater, given node:zlib: the bytes cut into blocks of `block` bytes, each deflated on
 * libuv's thread pool as a stream of its own that ends in a sync flush rather than a last block
 * (as pigz does), up to `ahead` of them at once while the main thread makes the next; the blocks'
 * output, in order, then an empty last block, is one raw deflate stream. A block starts with an
 * empty dictionary: at 1 MiB the output is some 0.1 % larger than one stream's, and the work is
 * spread over the cores. Level 1: the report's XML is mostly the same few tags again and again,
 * which the fastest level already packs to a sixth (docs/performance.md).
 */
export function nodeDeflater(
  zlib: Pick<typeof import('node:zlib'), 'deflateRaw' | 'constants'>,
  { level = 1, block = 1024 * 1024, ahead = 2 } = {},
): Deflater {
  // Output in one or two chunks a block: each chunk costs a callback on the main thread.
  const options = { level, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: block / 2 };
  const deflate = (bytes: Uint8Array): Promise<Uint8Array> => {
    const done = new Promise<Uint8Array>((resolve, reject) => {
      zlib.deflateRaw(bytes, options, (error, out) => {
        if (error) reject(error);
        else resolve(out);
      });
    });
    // Awaited in its turn; one dropped by a stop (Ctrl-C) is not an unhandled rejection.
    done.catch(() => undefined);
    return done;
  };
  return async function* (bytes) {
    const pending: Promise<Uint8Array>[] = [];
    let parts: Uint8Array[] = [];
    let size = 0;
    const send = (): void => {
      pending.push(deflate(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)));
      parts = [];
      size = 0;
    };
    for await (const chunk of bytes) {
      parts.push(chunk);
      size += chunk.length;
      if (size < block) continue;
      send();
      if (pending.length > ahead) yield await pending.shift()!;
    }
    if (size > 0) send();
    while (pending.length > 0) yield await pending.shift()!;
    yield LAST_BLOCK;
  };
}

/** An empty last block (fixed Huffman codes, BFINAL set): the end of a stream of flushed blocks. */
const LAST_BLOCK = Uint8Array.of(0x03, 0x00);

/** CRC-32 (ISO-HDLC, as zip takes it) of `bytes` continuing from `crc`, in plain JavaScript. */
let table: Uint32Array | undefined;
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** A CRC-32 function: node:zlib's (Node 20.15 and later) where there is one, else the one above. */
export type Crc32 = (bytes: Uint8Array, crc?: number) => number;
