// Deflates a zip entry's content as it is made, with whatever the host has: node:zlib on Node,
// which deflates on libuv's thread pool, so that the sheet's XML is made on the main thread while
// the bytes before it are compressed on the other cores; the web's
// CompressionStream('deflate-raw') where there is no node:zlib (a browser), as read/inflate.ts
// does for reading. Either reads its input as it needs it, encodes text to UTF-8 itself, and
// counts what the zip's data descriptor needs: the CRC and both sizes.
import { throughWebStream } from '../../../read/web-stream.js';

/** What an entry's data descriptor says of it. */
export interface Deflated {
  crc: number;
  size: number;
  compressed: number;
}

/**
 * A piece of an entry: text (encoded as UTF-8) or bytes. Bytes are the piece's only until the next
 * piece is asked for (a sheet's XML is written into one buffer again and again): a deflater copies
 * what it keeps.
 */
export type Piece = string | Uint8Array;

/**
 * Content in, raw deflate out, and at the end its sums; the output's `return()` (a `break`, an
 * error) stops both.
 */
export type Deflater = (
  content: AsyncIterable<Piece> | Iterable<Piece>,
  crc32: Crc32,
) => AsyncGenerator<Uint8Array, Deflated>;

/** The web's deflater: a CompressionStream fed by pulling `content`, one piece at a time. */
export const webDeflater: Deflater = async function* (content, crc32) {
  const sums: Deflated = { crc: 0, size: 0, compressed: 0 };
  const encoder = new TextEncoder();
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for await (const piece of content) {
      const chunk = typeof piece === 'string' ? encoder.encode(piece) : piece.slice();
      sums.crc = crc32(chunk, sums.crc);
      sums.size += chunk.length;
      yield chunk;
    }
  }
  for await (const chunk of throughWebStream(bytes(), new CompressionStream('deflate-raw'))) {
    sums.compressed += chunk.length;
    yield chunk;
  }
  return sums;
};

/**
 * Node's deflater, given node:zlib: the content encoded into blocks of `block` bytes, each
 * deflated on libuv's thread pool as a stream of its own that ends in a sync flush rather than a
 * last block (as pigz does), up to `ahead` of them at once while the main thread makes the next;
 * the blocks' output in order, then an empty last block, is one raw deflate stream. A block
 * starts with an empty dictionary: at 1 MiB the output is some 0.1 % larger than one stream's,
 * and the work is spread over the cores. The blocks are a few buffers used again and again: fresh
 * ones for every block would be garbage outside the JavaScript heap, which V8 collects late, and
 * tens of MiB of resident memory. Level 3: the report's XML is mostly the same few tags again
 * and again, which levels 1 to 3 (zlib's fast matcher) pack in the same time, level 3 to a sixth
 * less than level 1; level 4 takes twice the time for 1 % less (docs/performance.md).
 */
export function nodeDeflater(
  zlib: Pick<typeof import('node:zlib'), 'deflateRaw' | 'constants'>,
  { level = 3, block = 1024 * 1024, ahead = 2 } = {},
): Deflater {
  // The output of a block fits one chunk of this size (a sixth of the block), or a few.
  const options = { level, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: Math.max(16384, block / 4) };
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
  return async function* (content, crc32) {
    const sums: Deflated = { crc: 0, size: 0, compressed: 0 };
    const free: Buffer[] = [];
    // A block is sent once it holds `block` bytes; room past it for a piece of 64 Ki UTF-16 units,
    // each at most 3 bytes.
    const take = (): Buffer => free.pop() ?? Buffer.allocUnsafeSlow(block + 3 * 65536);
    const pending: { out: Promise<Uint8Array>; buffer: Buffer }[] = [];
    let current = take();
    let size = 0;
    const send = (): void => {
      const bytes = current.subarray(0, size);
      sums.crc = crc32(bytes, sums.crc);
      sums.size += size;
      pending.push({ out: deflate(bytes), buffer: current });
      current = take();
      size = 0;
    };
    const put = (bytes: Uint8Array): void => {
      for (let at = 0; at < bytes.length;) {
        const n = Math.min(bytes.length - at, current.length - size);
        current.set(bytes.subarray(at, at + n), size);
        size += n;
        at += n;
        if (size >= block) send();
      }
    };
    for await (const piece of content) {
      if (typeof piece !== 'string') put(piece);
      // Encoded straight into the block where it surely fits (a piece of the sheet's XML does); else in parts.
      else if (piece.length * 3 <= current.length - size) size += current.write(piece, size, 'utf8');
      else put(Buffer.from(piece, 'utf8'));
      if (size >= block) send();
      while (pending.length > ahead) {
        const { out, buffer } = pending.shift()!;
        const bytes = await out;
        free.push(buffer);
        sums.compressed += bytes.length;
        yield bytes;
      }
    }
    if (size > 0) send();
    while (pending.length > 0) {
      const { out, buffer } = pending.shift()!;
      const bytes = await out;
      free.push(buffer);
      sums.compressed += bytes.length;
      yield bytes;
    }
    sums.compressed += LAST_BLOCK.length;
    yield LAST_BLOCK;
    return sums;
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
