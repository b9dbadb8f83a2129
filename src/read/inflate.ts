// Inflates a zip entry's raw deflate data as a stream, with whatever the host has: node:zlib on
// Node (faster there, see docs/performance.md), the web's DecompressionStream('deflate-raw')
// where there is no node:zlib (a browser). The bounds stay with the caller (read/zip.ts), which
// counts the inflated chunks as they come and stops the stream at the first byte past a bound:
// both inflaters work chunk by chunk, and stopping the output stops the input too.

/** Raw deflate in, inflated bytes out; the output's `return()` (a `break`) stops both. */
export type Inflater = (raw: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** Output chunks of at most this many bytes from either inflater. */
const CHUNK = 256 * 1024;

/** The web's inflater: a DecompressionStream fed by pulling `raw`, one chunk at a time. */
export const webInflater: Inflater = async function* (raw) {
  const input = raw[Symbol.asyncIterator]();
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
  // Node's types and the web's (lib "DOM", the page's) spell the stream's chunks differently: bytes both.
  const decompress = new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>;
  const inflated: ReadableStream<Uint8Array> = source.pipeThrough(decompress);
  const reader = inflated.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      // A chunk may be large: hand it on in slices, so a bound is met within a slice of it.
      for (let at = 0; at < next.value.length; at += CHUNK) yield next.value.subarray(at, at + CHUNK);
    }
  } finally {
    // Stopped early (a bound crossed, damaged data): the stream and the file reader behind it are let go.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
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
