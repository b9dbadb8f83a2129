// The rows of a large run, kept as compact binary records in a temporary file as they are read,
// so that every report re-judges them as it renders instead of reading back verdicts: a row is a
// few hundred bytes of numbers, its verdicts kilobytes of text to write and parse back. The rows
// are kept exactly as the checker saw them; judged again with the same setup, they give the same
// verdicts (docs/performance.md).
import { closeSync, constants, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, Row } from '../model/types.js';
import type { Exact } from '../model/exact.js';
import { removedAtExit } from './leftovers.js';
import { readAll, writeAll } from './output.js';
import { randomHex } from './random-name.js';
import { passBegun, rowsKept, rowsPassed } from './row-meter.js';

/** Bytes written or read at a time. */
const CHUNK = 1 << 20;

/** What each value of a record is, in the byte before it. */
const Tag = {
  Absent: 0,
  Null: 1,
  True: 2,
  False: 3,
  Int: 4,
  Double: 5,
  Text: 6,
  Exact: 7,
  Interned: 8,
} as const;

/** Encodes rows into a growing buffer, the file and sheet names each written once as a number. */
class RowWriter {
  buffer = Buffer.allocUnsafe(CHUNK);
  used = 0;
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Room for `bytes` more: the buffer grows when a row outgrows it. */
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  row(row: Row): void {
    const start = this.used;
    this.room(4);
    this.used += 4;
    this.interned(row.file);
    if (row.sheet === undefined) this.tag(Tag.Absent);
    else this.interned(row.sheet);
    this.value(row.line);
    this.value(row.county);
    this.value(row.year);
    this.value(row.reportDate);
    this.value(row.table);
    this.value(row.period);
    const cells = row.cells;
    this.room(4);
    this.buffer.writeUInt32LE(cells.length, this.used);
    this.used += 4;
    for (const cell of cells) this.value(cell);
    this.buffer.writeUInt32LE(this.used - start, start);
  }

  private tag(tag: number): void {
    this.room(1);
    this.buffer[this.used++] = tag;
  }

  private interned(name: string): void {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.ids.set(name, id);
    }
    this.room(5);
    this.buffer[this.used++] = Tag.Interned;
    this.buffer.writeUInt32LE(id, this.used);
    this.used += 4;
  }

  private value(value: Cell): void {
    if (value === undefined) this.tag(Tag.Absent);
    else if (value === null) this.tag(Tag.Null);
    else if (value === true) this.tag(Tag.True);
    else if (value === false) this.tag(Tag.False);
    else if (typeof value === 'number') {
      this.room(9);
      if ((value | 0) === value && !Object.is(value, -0)) {
        this.buffer[this.used++] = Tag.Int;
        this.buffer.writeInt32LE(value, this.used);
        this.used += 4;
      } else {
        this.buffer[this.used++] = Tag.Double;
        this.buffer.writeDoubleLE(value, this.used);
        this.used += 8;
      }
    } else if (typeof value === 'string') {
      this.tag(Tag.Text);
      this.text(value);
    } else {
      this.tag(Tag.Exact);
      this.text(value.n.toString());
      this.text(value.d.toString());
    }
  }

  private text(value: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    this.room(4 + value.length * 3);
    const length = this.buffer.write(value, this.used + 4);
    this.buffer.writeUInt32LE(length, this.used);
    this.used += 4 + length;
  }
}

/** Decodes the records of one buffer. */
class RowReader {
  at = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly names: readonly string[],
  ) {}

  row(): Row {
    const buffer = this.buffer;
    this.at += 4;
    const file = this.value() as string;
    const sheet = this.value() as string | undefined;
    const line = this.value() as number;
    const county = this.value() as string | null;
    const year = this.value() as number | null;
    const reportDate = this.value() as string | null;
    const table = this.value() as number | undefined;
    const period = this.value() as number | undefined;
    const count = buffer.readUInt32LE(this.at);
    this.at += 4;
    const cells = new Array<Cell>(count);
    for (let i = 0; i < count; i++) cells[i] = this.value();
    const row: Row = { file, line, county, year, reportDate, cells };
    if (sheet !== undefined) row.sheet = sheet;
    if (table !== undefined) row.table = table;
    if (period !== undefined) row.period = period;
    return row;
  }

  private value(): Cell {
    const buffer = this.buffer;
    switch (buffer[this.at++]) {
      case Tag.Absent:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.True:
        return true;
      case Tag.False:
        return false;
      case Tag.Int: {
        const value = buffer.readInt32LE(this.at);
        this.at += 4;
        return value;
      }
      case Tag.Double: {
        const value = buffer.readDoubleLE(this.at);
        this.at += 8;
        return value;
      }
      case Tag.Text:
        return this.text();
      case Tag.Exact: {
        const exact: Exact = { n: BigInt(this.text()), d: BigInt(this.text()) };
        return exact;
      }
      case Tag.Interned: {
        const id = buffer.readUInt32LE(this.at);
        this.at += 4;
        return this.names[id];
      }
      default:
        throw new Error('row store: a record the writer did not write');
    }
  }

  private text(): string {
    const length = this.buffer.readUInt32LE(this.at);
    const start = this.at + 4;
    this.at = start + length;
    return this.buffer.toString('utf8', start, this.at);
  }
}

/**
 * Rows kept in a temporary file (created at once, so that a place that cannot be written stops
 * the run before any reading; removed however the run ends), read back in order as often as asked.
 */
export class RowStore {
  private readonly fd: number;
  private readonly remove: () => void;
  private readonly writer = new RowWriter();
  private position = 0;
  private closed = false;

  constructor() {
    const path = join(tmpdir(), `duibiao-rows-${randomHex(8)}.bin`);
    // O_EXCL: a name no one else holds, never a link someone left there; for this user only.
    const { O_RDWR, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;
    this.fd = openSync(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    this.remove = removedAtExit(path);
  }

  add(rows: readonly Row[]): void {
    rowsKept(rows.length);
    const writer = this.writer;
    for (const row of rows) {
      writer.row(row);
      if (writer.used >= CHUNK) this.flush();
    }
  }

  /** Writes what is held; the store may still be added to. */
  flush(): void {
    const writer = this.writer;
    if (writer.used === 0) return;
    writeAll(this.fd, writer.buffer.subarray(0, writer.used), this.position);
    this.position += writer.used;
    writer.used = 0;
  }

  /** Every row, in the order added; each call reads afresh, a pass the progress line counts (row-meter.ts). */
  *rows(): Generator<Row> {
    this.flush();
    passBegun();
    const end = this.position;
    const names = this.writer.names;
    let buffer = Buffer.allocUnsafe(CHUNK);
    for (let position = 0; position < end;) {
      const length = Math.min(buffer.length, end - position);
      readAll(this.fd, buffer.subarray(0, length), position);
      const reader = new RowReader(buffer, names);
      // Whole records only: the rest is read again with the next chunk.
      while (reader.at + 4 <= length) {
        const size = buffer.readUInt32LE(reader.at);
        if (reader.at + size > length) break;
        const row = reader.row();
        // Counted as it is handed on: a row is passed over once the report has taken it.
        rowsPassed(1);
        yield row;
      }
      if (reader.at === 0) {
        // A record larger than the buffer: a buffer it fits.
        buffer = Buffer.allocUnsafe(Math.max(buffer.length * 2, buffer.readUInt32LE(0)));
        continue;
      }
      position += reader.at;
    }
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    this.remove();
  }
}
