// Opens a data file as bytes for the CSV parser: strips a BOM, tells UTF-8 from GB18030 and UTF-16, refuses what is not text.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DuibiaoError } from '../errors.js';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface OpenedText {
  encoding: Encoding;
  /** The start of the text, decoded, for sniffing the dialect. */
  head: string;
  /** The file's size in bytes. */
  size: number;
  /** The file as UTF-8 bytes without a BOM: passed through when it is UTF-8, re-encoded otherwise. */
  chunks: AsyncGenerator<Buffer>;
}

const CHUNK = 64 * 1024;

export async function openText(file: string): Promise<OpenedText> {
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  const bytes = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: Buffer;
  try {
    const step = await bytes.next();
    first = step.done ? Buffer.alloc(0) : step.value;
  } catch (error) {
    throw new DuibiaoError('file-unreadable', `cannot read ${file}: ${describeFsError(error)}`);
  }
  const { encoding, bomLength } = detectEncoding(first, file);
  const body = first.subarray(bomLength);
  const decoder = encoding === 'utf-8' ? undefined : new TextDecoder(encoding);
  const convert = (chunk: Buffer, stream: boolean): Buffer => (decoder ? Buffer.from(decoder.decode(chunk, { stream }), 'utf8') : chunk);
  const firstUtf8 = convert(body, true);
  async function* rest(): AsyncGenerator<Buffer> {
    yield firstUtf8;
    try {
      for (let step = await bytes.next(); !step.done; step = await bytes.next()) yield convert(step.value, true);
    } catch (error) {
      throw new DuibiaoError('file-unreadable', `cannot read ${file}: ${describeFsError(error)}`);
    }
    if (decoder) yield Buffer.from(decoder.decode(), 'utf8');
  }
  const size = (await stat(file)).size;
  return { encoding, head: firstUtf8.subarray(0, 16384).toString('utf8'), size, chunks: rest() };
}

export function detectEncoding(first: Buffer, file: string): { encoding: Encoding; bomLength: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const looks = binaryKind(first);
  if (looks) {
    throw new DuibiaoError('format-error', `${file} is not a text table: it looks like ${looks}. Save it from Excel as "CSV UTF-8 (逗号分隔)" and check that file`);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}

function binaryKind(first: Buffer): string | undefined {
  if (first.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'a zip archive, such as an .xlsx workbook';
  if (first.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'an old Excel .xls workbook';
  if (first.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF document';
  if (first.includes(0)) return 'binary data (it holds NUL bytes)';
  return undefined;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return code ?? String(error);
}
