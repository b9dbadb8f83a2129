// Opens a data file for the readers: detects BOMs, UTF-8, GB18030 and UTF-16, refuses what is not text.
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import { detectEncoding, type Encoding } from './encoding.js';
import { byteChunks, isTooLarge, readAllBytes, type InputBytes, type InputHost } from './input-bytes.js';
import { countRead } from './read-meter.js';
import { say, type Text } from '../words/message.js';

export interface OpenedText {
  encoding: Encoding;
  /** The start of the text, decoded, for sniffing the dialect. */
  head: string;
  /** The file's size in bytes. */
  size: number;
  /**
   * The file as UTF-8 bytes without a BOM: passed through when it is UTF-8, re-encoded otherwise.
   * Bytes that are not text in its encoding become U+FFFD, which readers report and never show.
   */
  chunks: AsyncGenerator<Buffer>;
}

const CHUNK = 64 * 1024;

/** `host`: where the file's bytes are (the file system, or a page's files). */
export async function openText(file: string, host: InputHost): Promise<OpenedText> {
  let input: InputBytes;
  try {
    input = await host.open(file);
  } catch (error) {
    throw unreadable(error, file);
  }
  const bytes = byteChunks(input, CHUNK);
  let first: Buffer;
  let encoding: Encoding;
  let bomLength: number;
  let size: number;
  try {
    const step = await bytes.next();
    first = step.done ? Buffer.alloc(0) : bufferOf(step.value);
    size = await input.size();
    ({ encoding, bomLength } = detectEncoding(first, file, first.length < CHUNK));
  } catch (error) {
    await bytes.return(undefined);
    throw unreadable(error, file);
  }
  const decoder = encoding === 'utf-8' ? undefined : new TextDecoder(encoding);
  // UTF-8 goes to the parser as it is: the parser decodes each cell, marking bad bytes U+FFFD.
  const convert = (chunk: Buffer): Buffer =>
    decoder ? Buffer.from(textOf(decoder.decode(chunk, { stream: true })), 'utf8') : withoutNul(chunk);
  const firstUtf8 = convert(first.subarray(bomLength));
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      countRead(first.length);
      yield firstUtf8;
      for (let step = await bytes.next(); !step.done; step = await bytes.next()) {
        countRead(step.value.length);
        yield convert(bufferOf(step.value));
      }
      if (decoder) yield Buffer.from(textOf(decoder.decode()), 'utf8');
    } catch (error) {
      throw unreadable(error, file);
    } finally {
      // A reader that stops early must not leave the file open.
      await bytes.return(undefined);
    }
  }
  return { encoding, head: firstUtf8.subarray(0, 16384).toString('utf8'), size, chunks: rest() };
}

/** Reads a whole file as text, with the same detection as openText. */
export async function readText(file: string, host: InputHost): Promise<{ encoding: Encoding; text: string }> {
  let bytes: Buffer;
  try {
    bytes = bufferOf(await readAllBytes(await host.open(file), MAX_WHOLE_FILE_BYTES, tooLargeWhole));
  } catch (error) {
    throw unreadable(error, file);
  }
  const { encoding, bomLength } = detectEncoding(bytes, file, true);
  return { encoding, text: textOf(new TextDecoder(encoding).decode(bytes.subarray(bomLength))) };
}

/** A file read whole (YAML, JSON): a thousand times a county's return; parsed, 4 MiB takes some 300 MB. */
export const MAX_WHOLE_FILE_BYTES = 4 * 1024 * 1024;

const tooLargeWhole = (): Text => say('read.tooLargeWhole', MAX_WHOLE_FILE_BYTES / 1024 / 1024);

/** Bytes as the CSV tokenizer and csv-parse take them, without a copy. */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** A NUL past the sniffed start is no text either: it is marked like any undecodable byte. */
function textOf(decoded: string): string {
  return decoded.includes('\0') ? decoded.replaceAll('\0', '\uFFFD') : decoded;
}

/** Each NUL byte of UTF-8 bytes becomes U+FFFD, as textOf does for decoded text. */
function withoutNul(chunk: Buffer): Buffer {
  if (!chunk.includes(0)) return chunk;
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = chunk.indexOf(0); at >= 0; at = chunk.indexOf(0, start)) {
    parts.push(chunk.subarray(start, at), REPLACEMENT);
    start = at + 1;
  }
  parts.push(chunk.subarray(start));
  return Buffer.concat(parts);
}

const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');

function unreadable(error: unknown, file: string): DuibiaoError {
  if (error instanceof DuibiaoError) return error;
  if (isTooLarge(error)) return new DuibiaoError('file-too-large', say('cannotRead', file, fsErrorSaid(error)));
  return new DuibiaoError('file-unreadable', say('cannotRead', file, fsErrorSaid(error)));
}
