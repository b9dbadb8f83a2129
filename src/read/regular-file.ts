// Opens what the run reads (data, packs, the speech a pack quotes) only when it is a regular file,
// after links are followed: a FIFO, a device or a folder is refused at once, and never blocks
// (O_NONBLOCK: opening a FIFO with no writer returns at once). Whole-file reads are bounded.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isTooLarge, TOO_LARGE } from './input-bytes.js';
import { say } from '../words/message.js';

export { isTooLarge };

/** A file read whole (YAML, JSON): a thousand times a county's return; parsed, 4 MiB takes some 300 MB. */
export const MAX_WHOLE_FILE_BYTES = 4 * 1024 * 1024;

/** The error codes of a refusal; `describeFsError` gives its message as the reason. */
const NOT_REGULAR = 'EDUIBIAO_NOT_REGULAR';

export interface RegularFile {
  handle: FileHandle;
  size: number;
}

export async function openRegular(file: string): Promise<RegularFile> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const what = stats.isDirectory()
        ? say('fsIsFolder')
        : say(
            stats.isFIFO() ? 'read.notAFile.fifo' : stats.isSocket() ? 'read.notAFile.socket' : 'read.notAFile.device',
          );
      throw Object.assign(new Error('not a regular file'), { code: NOT_REGULAR, said: what });
    }
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The whole of a regular file, refused beyond `limit` bytes (also when it grows while read). */
export async function readRegular(file: string, limit = MAX_WHOLE_FILE_BYTES): Promise<Buffer> {
  const { handle, size } = await openRegular(file);
  try {
    if (size > limit) throw tooLarge(limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(CHUNK), 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(limit);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

const CHUNK = 256 * 1024;

function tooLarge(limit: number): Error {
  return Object.assign(new Error('too large'), {
    code: TOO_LARGE,
    said: say('read.tooLargeWhole', limit / 1024 / 1024),
  });
}
