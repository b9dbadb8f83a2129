// The Node side of the readers' input host: a named input is a regular file, opened through the
// input policy (regular-file.ts) and read by its descriptor.
import type { InputBytes, InputHost } from './input-bytes.js';
import { openRegular } from './regular-file.js';

export const NODE_HOST: InputHost = {
  async open(file: string): Promise<InputBytes> {
    const { handle, size } = await openRegular(file);
    return {
      name: file,
      size: async () => Promise.resolve(size),
      read: async (buffer, position) => (await handle.read(buffer, 0, buffer.length, position)).bytesRead,
      close: async () => handle.close(),
    };
  },
};
