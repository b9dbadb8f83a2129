// Inflates a zip entry's raw deflate data as a stream, with whatever the host has: node:zlib on
// Node (faster there, see docs/performance.md), the web's DecompressionStream('deflate-raw')
// where there is no node:zlib (a browser). The bounds stay with the caller (read/zip.ts), which
// counts the inflated chunks as they come and stops the stream at the first byte past a bound:
// both inflaters work chunk by chunk, and stopping the output stops the input too.
import { throughWebStream } from './web-stream.js';

/** Raw deflate in, inflated bytes out; the output's `return()` (a `break`) stops both. */
export type Inflater = (raw: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** Output chunks of at most this many bytes from either inflater. */
const CHUNK = 256 * 1024;

/** The web's inflater: a DecompressionStream fed by pulling `raw`, one chunk at a time. */
export const webInflater: Inflater = async function* (raw) {
  // Node's types and the web's (lib "DOM", the page's) spell the stream's chunks differently: bytes both.
  const decompress = new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>;
  for await (const chunk of throughWebStream(raw, decompress)) {
    // A chunk may be large: hand it on in slices, so a bound is met within a slice of it.
    for (let at = 0; at < chunk.length; at += CHUNK) yield chunk.subarray(at, at + CHUNK);
  }
};

/** Node's inflater, given node:zlib and node:stream. */
export function nodeInflater(
  zlib: Pick<typeof import('node:zlib'), 'createInflateRaw'>,
  stream: Pick<typeof import('node:stream'), 'pipeline' | 'Readable'>,
): Inflater {
  return async function* (raw) {
    const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
    // pipeline destroys the file reader with the inflater, whichever stops first.
    stream.pipeline(stream.Readable.from(raw), inflate, () => undefined);
    try {
      for await (const chunk of inflate as AsyncIterable<Uint8Array>) yield chunk;
    } finally {
      inflate.destroy();
    }
  };
}

let chosen: Promise<Inflater> | undefined;

/** node:zlib where there is one, else DecompressionStream; chosen once, at the first workbook. */
export async function hostInflater(): Promise<Inflater> {
  chosen ??= loadNodeInflater().catch(() => webInflater);
  return await chosen;
}

async function loadNodeInflater(): Promise<Inflater> {
  // Written so that a bundler for the web leaves them out, and the catch above takes the web's.
  const zlibName = 'node:zlib';
  const streamName = 'node:stream';
  const [zlib, stream] = await Promise.all([
    import(zlibName) as Promise<typeof import('node:zlib')>,
    import(streamName) as Promise<typeof import('node:stream')>,
  ]);
  return nodeInflater(zlib, stream);
}
