// Reads the entries of a zip file (an .xlsx) from its central directory, and inflates one entry
// as a stream with both its declared and its real size bounded: a zip bomb stops at the first
// byte past a bound, never after filling the memory.
import { joinBytes, type InputBytes, type InputHost } from './input-bytes.js';
import { hostInflater, type Inflater } from './inflate.js';
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import { visible } from '../model/visible.js';
import { joined, say, type Text } from '../words/message.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Above these a workbook is refused: no county return comes near them. */
export const ZIP_LIMITS = {
  /** Entries in the central directory. */
  entries: 10_000,
  /** Bytes one entry may inflate to. */
  entryBytes: 1024 * 1024 * 1024,
  /** Bytes all the entries together may declare. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Inflated bytes per compressed byte, for entries over 1 MiB: XML of real sheets stays far below. */
  ratio: 500,
  /** Bytes a run may inflate, all its workbooks and all their parts together. */
  runBytes: 4 * 1024 * 1024 * 1024,
};

/**
 * The inflated bytes a run may still read, shared by all its workbooks: beside each entry's bound,
 * so that no number of workbooks, nor of sheets, makes a run inflate without end.
 */
export class InflateBudget {
  private used = 0;

  constructor(readonly limit = ZIP_LIMITS.runBytes) {}

  /** Counts bytes read; refuses the file that passes the run's bound. */
  take(bytes: number, file: string): void {
    this.used += bytes;
    if (this.used > this.limit)
      throw new DuibiaoError(
        'workbook-too-large',
        say('workbook.refused', file, say('workbook.runInflates', this.limit)),
      );
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipFile {
  private constructor(
    private readonly handle: InputBytes,
    private readonly file: string,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly budget: InflateBudget,
    private readonly inflater: Inflater,
  ) {}

  /** `inflater`: the host's (node:zlib on Node, else DecompressionStream) unless one is given. */
  static async open(
    file: string,
    host: InputHost,
    budget = new InflateBudget(),
    inflater?: Inflater,
  ): Promise<ZipFile> {
    let input: InputBytes;
    try {
      input = await host.open(file);
    } catch (error) {
      throw new DuibiaoError('file-unreadable', joined(`${file}: `, fsErrorSaid(error)));
    }
    return ZipFile.of(input, budget, inflater);
  }

  /** A zip file from bytes any host holds (a browser's File through `blobBytes`). */
  static async of(input: InputBytes, budget = new InflateBudget(), inflater?: Inflater): Promise<ZipFile> {
    inflater ??= await hostInflater();
    try {
      return new ZipFile(input, input.name, await readDirectory(input, input.name), budget, inflater);
    } catch (error) {
      await input.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** The entry's bytes, inflated, as they come; refused as soon as a bound is crossed. */
  async *stream(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const { handle, file, budget } = this;
    const local = new Uint8Array(30);
    await handle.read(local, entry.localOffset);
    const header = littleEndian(local);
    if (header.u32(0) !== LOCAL) throw broken(file, say('workbook.entryNoLocalHeader', visible(entry.name)));
    const start = entry.localOffset + 30 + header.u16(26) + header.u16(28);
    const raw = readRange(handle, start, entry.compressedSize);
    if (entry.method === 0) {
      for await (const chunk of raw) {
        budget.take(chunk.length, file);
        yield chunk;
      }
      return;
    }
    if (entry.method !== 8) throw broken(file, say('workbook.entryMethod', visible(entry.name), entry.method));
    let inflated = 0;
    try {
      // Leaving this loop (a bound crossed) stops the inflater and the file reader behind it.
      for await (const chunk of this.inflater(raw)) {
        inflated += chunk.length;
        // The real size may not pass the declared one, which was bounded when the directory was read.
        if (inflated > entry.size)
          throw tooLarge(file, say('workbook.entryInflatesPast', visible(entry.name), entry.size));
        budget.take(chunk.length, file);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof DuibiaoError) throw error;
      // The inflater's own words (`invalid block type`) are English whatever the run's language: they are for --debug.
      throw broken(file, say('workbook.entryNotInflated', visible(entry.name)), error);
    }
    if (inflated !== entry.size)
      throw broken(file, say('workbook.entryInflatedSize', visible(entry.name), inflated, entry.size));
  }

  /** A whole (small) entry as text. */
  async text(entry: ZipEntry): Promise<string> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.stream(entry)) chunks.push(chunk);
    return UTF8.decode(joinBytes(chunks));
  }
}

/** UTF-8 as Node's Buffer decodes it: a byte-order mark kept, bad bytes U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads little-endian numbers, as a zip file holds them. */
function littleEndian(bytes: Uint8Array): { u16(at: number): number; u32(at: number): number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { u16: (at) => view.getUint16(at, true), u32: (at) => view.getUint32(at, true) };
}

async function* readRange(handle: InputBytes, start: number, length: number): AsyncGenerator<Uint8Array> {
  const size = 256 * 1024;
  for (let at = 0; at < length; at += size) {
    const buffer = new Uint8Array(Math.min(size, length - at));
    const bytesRead = await handle.read(buffer, start + at);
    if (bytesRead === 0) return;
    yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
  }
}

async function readDirectory(handle: InputBytes, file: string): Promise<Map<string, ZipEntry>> {
  const size = await handle.size();
  const tailLength = Math.min(size, 22 + 0xffff);
  const tailBytes = new Uint8Array(tailLength);
  await handle.read(tailBytes, size - tailLength);
  const tail = littleEndian(tailBytes);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken(file, say('workbook.notZip'));
  const count = tail.u16(eocd + 10);
  const directorySize = tail.u32(eocd + 12);
  const directoryOffset = tail.u32(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooLarge(file, say('workbook.zip64'));
  if (count > ZIP_LIMITS.entries) throw tooLarge(file, say('workbook.entryCount', count));
  if (directoryOffset + directorySize > size) throw broken(file, say('workbook.directoryPastEnd'));
  const directoryBytes = new Uint8Array(directorySize);
  await handle.read(directoryBytes, directoryOffset);
  const directory = { ...littleEndian(directoryBytes), length: directorySize };
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.u32(at) !== CENTRAL)
      throw broken(file, say('workbook.directoryDamaged'));
    const flags = directory.u16(at + 8);
    const entry: ZipEntry = {
      method: directory.u16(at + 10),
      compressedSize: directory.u32(at + 20),
      size: directory.u32(at + 24),
      localOffset: directory.u32(at + 42),
      name: UTF8.decode(directoryBytes.subarray(at + 46, at + 46 + directory.u16(at + 28))),
    };
    at += 46 + directory.u16(at + 28) + directory.u16(at + 30) + directory.u16(at + 32);
    if (flags & 1)
      throw new DuibiaoError('workbook-encrypted', say('workbook.encryptedEntry', file, visible(entry.name)));
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw tooLarge(file, say('workbook.zip64Entry', visible(entry.name)));
    if (entry.size > ZIP_LIMITS.entryBytes)
      throw tooLarge(file, say('workbook.entryDeclares', visible(entry.name), entry.size));
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * ZIP_LIMITS.ratio)
      throw tooLarge(file, say('workbook.entryRatio', visible(entry.name), entry.size, entry.compressedSize));
    total += entry.size;
    if (total > ZIP_LIMITS.totalBytes) throw tooLarge(file, say('workbook.entriesTotal', ZIP_LIMITS.totalBytes));
    entries.set(entry.name, entry);
  }
  return entries;
}

function broken(file: string, why: Text, cause?: unknown): DuibiaoError {
  return new DuibiaoError(
    'format-error',
    say('workbook.notReadable', file, why),
    [],
    cause === undefined ? {} : { cause },
  );
}

function tooLarge(file: string, why: Text): DuibiaoError {
  return new DuibiaoError('workbook-too-large', say('workbook.zipBomb', file, why));
}
