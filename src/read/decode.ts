// Turns a file's bytes into text: detects BOMs, UTF-8, GB18030 and UTF-16, refuses what is not text.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DuibiaoError, describeFsError } from '../errors.js';
import { detectEncoding, type Encoding } from './encoding.js';

export interface DecodedText {
  encoding: Encoding;
  /** The first decoded chunk, for sniffing the dialect. */
  head: string;
  chunks: AsyncGenerator<string>;
}

const CHUNK = 64 * 1024;

/** Streams a file as text. Bytes that are not text in its encoding become U+FFFD, which readers report and never show. */
export async function openText(file: string): Promise<DecodedText> {
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  const bytes = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: Buffer;
  let encoding: Encoding;
  let bomLength: number;
  try {
    const step = await bytes.next();
    first = step.done ? Buffer.alloc(0) : step.value;
    ({ encoding, bomLength } = detectEncoding(first, file, first.length < CHUNK));
  } catch (error) {
    stream.destroy();
    throw unreadable(error, file);
  }
  const decoder = new TextDecoder(encoding);
  const head = textOf(decoder.decode(first.subarray(bomLength), { stream: true }));
  async function* rest(): AsyncGenerator<string> {
    try {
      yield head;
      for (let step = await bytes.next(); !step.done; step = await bytes.next()) {
        yield textOf(decoder.decode(step.value, { stream: true }));
      }
      yield textOf(decoder.decode());
    } catch (error) {
      throw unreadable(error, file);
    } finally {
      // A reader that stops early must not leave the file open.
      stream.destroy();
    }
  }
  return { encoding, head, chunks: rest() };
}

/** Reads a whole file as text, with the same detection as openText. */
export async function readText(file: string): Promise<{ encoding: Encoding; text: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(error, file);
  }
  const { encoding, bomLength } = detectEncoding(bytes, file, true);
  return { encoding, text: textOf(new TextDecoder(encoding).decode(bytes.subarray(bomLength))) };
}

/** A NUL past the sniffed start is no text either: it is marked like any undecodable byte. */
function textOf(decoded: string): string {
  return decoded.includes('\0') ? decoded.replaceAll('\0', '\uFFFD') : decoded;
}

function unreadable(error: unknown, file: string): DuibiaoError {
  if (error instanceof DuibiaoError) return error;
  return new DuibiaoError('file-unreadable', `cannot read ${file}: ${describeFsError(error)}`);
}
