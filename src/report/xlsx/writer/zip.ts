// A zip archive written as it goes, for a workbook: each entry's local header, then its bytes
// deflated as they come (their CRC and sizes follow in a data descriptor, as they are known only
// at the end), then the central directory. Nothing is held but the directory's few records, so a
// sheet of a million rows costs no more memory than one of ten. Offsets past 4 GiB take the zip64
// records; a single entry past 4 GiB (a sheet of over a million rows of 4 KiB each) is refused
// rather than written wrong.
import type { Crc32, Deflater, Piece } from './deflate.js';

const LIMIT = 0xffffffff;

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly time: number;
  private readonly date: number;

  constructor(
    private readonly deflate: Deflater,
    private readonly crc32: Crc32,
    when = new Date(),
  ) {
    // MS-DOS date and time, local as zip tools read them; two-second steps.
    const year = Math.max(1980, when.getFullYear());
    this.time = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
    this.date = ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  }

  /** One entry: its header, its content deflated as it is made, its data descriptor. */
  async *entry(path: string, content: AsyncIterable<Piece> | Iterable<Piece>): AsyncGenerator<Uint8Array> {
    const name = Buffer.from(path, 'utf8');
    const at = this.offset;
    const head = Buffer.alloc(30 + name.length);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    // Bit 3: CRC and sizes in the data descriptor; bit 11: the name is UTF-8.
    head.writeUInt16LE(0x0808, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(this.time, 10);
    head.writeUInt16LE(this.date, 12);
    head.writeUInt16LE(name.length, 26);
    name.copy(head, 30);
    yield this.count(head);

    const sums = yield* this.deflate(content, this.crc32);
    this.offset += sums.compressed;
    const { compressed } = sums;
    if (sums.size > LIMIT || compressed > LIMIT) throw new Error(`a zip entry past 4 GiB: ${path}`);
    const tail = Buffer.alloc(16);
    tail.writeUInt32LE(0x08074b50, 0);
    tail.writeUInt32LE(sums.crc, 4);
    tail.writeUInt32LE(compressed, 8);
    tail.writeUInt32LE(sums.size, 12);
    yield this.count(tail);
    this.written.push({ name, crc: sums.crc, compressed, size: sums.size, offset: at });
  }

  /** The central directory and its end: after the last entry. */
  end(): Uint8Array {
    const parts: Buffer[] = [];
    const start = this.offset;
    for (const entry of this.written) {
      const far = entry.offset >= LIMIT;
      const record = Buffer.alloc(46 + entry.name.length + (far ? 12 : 0));
      record.writeUInt32LE(0x02014b50, 0);
      // Made by: Unix (3), version 4.5; needed: 2.0, or 4.5 for the zip64 field.
      record.writeUInt16LE((3 << 8) | 45, 4);
      record.writeUInt16LE(far ? 45 : 20, 6);
      record.writeUInt16LE(0x0808, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(this.time, 12);
      record.writeUInt16LE(this.date, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt16LE(far ? 12 : 0, 30);
      // External attributes: a regular file, rw-r--r--.
      record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
      record.writeUInt32LE(far ? LIMIT : entry.offset, 42);
      Buffer.from(entry.name).copy(record, 46);
      if (far) {
        const extra = 46 + entry.name.length;
        record.writeUInt16LE(0x0001, extra);
        record.writeUInt16LE(8, extra + 2);
        record.writeBigUInt64LE(BigInt(entry.offset), extra + 4);
      }
      parts.push(record);
    }
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    const count = this.written.length;
    if (start >= LIMIT || size >= LIMIT || count >= 0xffff) {
      const zip64 = Buffer.alloc(56 + 20);
      zip64.writeUInt32LE(0x06064b50, 0);
      zip64.writeBigUInt64LE(44n, 4);
      zip64.writeUInt16LE((3 << 8) | 45, 12);
      zip64.writeUInt16LE(45, 14);
      zip64.writeBigUInt64LE(BigInt(count), 24);
      zip64.writeBigUInt64LE(BigInt(count), 32);
      zip64.writeBigUInt64LE(BigInt(size), 40);
      zip64.writeBigUInt64LE(BigInt(start), 48);
      // The locator: where the zip64 end record is.
      zip64.writeUInt32LE(0x07064b50, 56);
      zip64.writeBigUInt64LE(BigInt(start + size), 64);
      zip64.writeUInt32LE(1, 72);
      parts.push(zip64);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(size, LIMIT), 12);
    end.writeUInt32LE(Math.min(start, LIMIT), 16);
    parts.push(end);
    return this.count(Buffer.concat(parts));
  }

  private count(bytes: Uint8Array): Uint8Array {
    this.offset += bytes.length;
    return bytes;
  }
}
