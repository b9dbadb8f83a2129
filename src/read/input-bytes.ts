// The bytes of a named input as a reader reads them, whoever holds them: a file on Node (through
// the input policy, src/read/regular-file.ts), or a File a browser page was given (a Blob). A
// reader that reads through this needs nothing of node:fs.

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
