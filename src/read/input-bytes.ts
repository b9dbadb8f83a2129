// The bytes of a named input as a reader reads them, whoever holds them: a file on Node (through
// the input policy, src/read/regular-file.ts), or a File a browser page was given (a Blob). A
// reader that reads through this needs nothing of node:fs.
import type { Text } from '../words/message.js';

export interface InputBytes {
  /** The input's name, as problems name it. */
  readonly name: string;
  size(): Promise<number>;
  /** Reads into `buffer` from `position` of the input; the bytes read, fewer only at its end. */
  read(buffer: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}

/** A Blob's bytes (a browser's File), read a slice at a time. */
export function blobBytes(name: string, blob: Blob): InputBytes {
  return {
    name,
    size: async () => Promise.resolve(blob.size),
    async read(buffer, position) {
      const slice = new Uint8Array(await blob.slice(position, position + buffer.length).arrayBuffer());
      buffer.set(slice);
      return slice.length;
    },
    close: async () => Promise.resolve(),
  };
}

/** Where a run's readers get the bytes of the inputs they are named: the files on Node, or what a page was given. */
export interface InputHost {
  /** Opens a named input; rejects as the file system would (a `code` such as ENOENT), which readers put in words. */
  open(file: string): Promise<InputBytes>;
}

/** Inputs held in memory (a page's files, a test's bytes), by name. */
export function memoryHost(inputs: Iterable<readonly [string, Uint8Array | Blob]>): InputHost {
  const held = new Map(inputs);
  return {
    async open(file) {
      const bytes = held.get(file);
      if (bytes === undefined) throw Object.assign(new Error(file), { code: 'ENOENT' });
      return Promise.resolve(bytes instanceof Uint8Array ? arrayBytes(file, bytes) : blobBytes(file, bytes));
    },
  };
}

/** Bytes in memory, read as a file's. */
export function arrayBytes(name: string, bytes: Uint8Array): InputBytes {
  return {
    name,
    size: async () => Promise.resolve(bytes.length),
    async read(buffer, position) {
      const slice = bytes.subarray(position, position + buffer.length);
      buffer.set(slice);
      return Promise.resolve(slice.length);
    },
    close: async () => Promise.resolve(),
  };
}

/** The code of a whole read refused for its size (`file-too-large`). */
export const TOO_LARGE = 'EDUIBIAO_TOO_LARGE';

/** Whether a read was refused for its size: a code of its own, as no fix of a path or permission helps. */
export function isTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === TOO_LARGE;
}

/** The whole of an input, refused beyond `limit` bytes (also when it grows while read); closed after. */
export async function readAllBytes(input: InputBytes, limit: number, refused: () => Text): Promise<Uint8Array> {
  try {
    if ((await input.size()) > limit) throw tooLarge(refused);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(WHOLE_CHUNK);
      const read = await input.read(chunk, total);
      if (read === 0) break;
      total += read;
      if (total > limit) throw tooLarge(refused);
      chunks.push(chunk.subarray(0, read));
    }
    return joinBytes(chunks, total);
  } finally {
    await input.close();
  }
}

const WHOLE_CHUNK = 256 * 1024;

/** The refusal's reason is a message (`said`), said where the stop is reported. */
function tooLarge(refused: () => Text): Error {
  return Object.assign(new Error('too large'), { code: TOO_LARGE, said: refused() });
}

/**
 * The input's bytes from its start, `size` at a time, each chunk a fresh array; closed when left.
 * The next chunk is asked for as one is handed on, so the file is read while the chunk is parsed
 * rather than after it (each read a round trip to Node's thread pool).
 */
export async function* byteChunks(input: InputBytes, size: number): AsyncGenerator<Uint8Array> {
  let next: Promise<Uint8Array> | undefined;
  try {
    let at = 0;
    next = chunkAt(input, size, at);
    for (;;) {
      const chunk = await next;
      next = undefined;
      if (chunk.length === 0) return;
      at += chunk.length;
      next = chunkAt(input, size, at);
      yield chunk;
    }
  } finally {
    // A read still under way when the chunks are left is waited for before the input is closed; what it read is not wanted.
    if (next) await next.catch(() => undefined);
    await input.close();
  }
}

/** A chunk asked for ahead: its failure is marked handled at once (it may come while nothing awaits it), and is thrown where it is awaited. */
// eslint-disable-next-line @typescript-eslint/promise-function-async -- an async function would hand on a promise of its own, not the one marked handled
function chunkAt(input: InputBytes, size: number, at: number): Promise<Uint8Array> {
  const chunk = new Uint8Array(size);
  const read = input.read(chunk, at).then((count) => (count === size ? chunk : chunk.subarray(0, count)));
  read.catch(() => undefined);
  return read;
}

/** Byte arrays one after another, as one. */
export function joinBytes(
  chunks: readonly Uint8Array[],
  total = chunks.reduce((sum, chunk) => sum + chunk.length, 0),
): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === total) return chunks[0]!;
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
