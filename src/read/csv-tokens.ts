// The CSV tokenizer on the hot path: a county file's plain records split with indexOf and one
// decode per line; anything unusual (a quote inside an unquoted cell, text after a closing quote,
// an unclosed quote, a huge record, a byte-order mark) goes to csv-parse, the reference, from the
// record where it starts to the end of the file. Both give the same records and the same line count
// (csv-parse's `info.lines`, which RecordLines turns into each record's first physical line).
import { CsvError, parse } from 'csv-parse';
import { MAX_RECORD_BYTES } from './csv-failure.js';
import { joinBytes } from './input-bytes.js';

/** A parser fed chunks of UTF-8 bytes; `lines` is exact at each push, as csv-parse's `info.lines`. */
export interface RecordCore {
  /** Feeds a chunk (or none, with `end`), pushing every record it completes. */
  parse(chunk: Uint8Array | undefined, end: boolean, push: (record: string[]) => void): void;
  readonly lines: number;
  /** The first record the parser could not read: nothing after it can be trusted. */
  readonly failure: CsvError | undefined;
}

/** The options every CSV of a data set is read with. */
export function csvParseOptions(delimiter: string, bom = true) {
  return {
    delimiter,
    bom,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_BYTES,
  };
}

/** The synchronous core of a csv-parse Parser: records are pushed while `parse` runs, with `info` live. */
interface ParserCore {
  parse(
    chunk: Uint8Array | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
  info: { lines: number };
}

/** What the parser's core holds its options in: its own Buffer (Node's, or the one its browser build carries). */
interface ParserInside {
  api: ParserCore;
  options: { delimiter: readonly Uint8Array[] };
}

/** The class of the Buffer a parser takes its bytes as: `from` an ArrayBuffer's range is a view, no copy. */
interface ParserBuffer {
  from(bytes: ArrayBufferLike, offset: number, length: number): Uint8Array;
  isBuffer(bytes: unknown): boolean;
}

/** csv-parse itself, the reference. `bom`: whether a byte-order mark may open the bytes it is given. */
export class ReferenceCore implements RecordCore {
  failure: CsvError | undefined;
  private readonly core: ParserCore;
  private readonly buffer: ParserBuffer;

  constructor(delimiter: string, bom = true) {
    const parser = parse(csvParseOptions(delimiter, bom));
    // Driving the parser's core directly skips a stream hop and an info object per record;
    // the core is what the stream runs too, and its line count is exact at each push.
    const inside = parser as unknown as ParserInside;
    this.core = inside.api;
    // csv-parse works on a Buffer (it joins, compares and slices them): on Node, Node's; in the
    // page, the one its browser build carries, which takes no other bytes. Its options hold one.
    this.buffer = inside.options.delimiter[0]!.constructor as unknown as ParserBuffer;
    parser.on('skip', (error: CsvError) => {
      this.failure ??= error;
    });
  }

  get lines(): number {
    return this.core.info.lines;
  }

  parse(chunk: Uint8Array | undefined, end: boolean, push: (record: string[]) => void): void {
    const bytes =
      chunk === undefined || this.buffer.isBuffer(chunk)
        ? chunk
        : this.buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const error = this.core.parse(bytes, end, push, () => undefined);
    if (error instanceof CsvError) this.failure ??= error;
    else if (error) throw error;
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** A record this long goes to csv-parse, which knows where the limit is crossed. */
const LONG_RECORD = MAX_RECORD_BYTES / 2;
/** `record` needs bytes past the buffer's end to finish the record. */
const MORE = -1;
/** `record` met something only csv-parse reads. */
const UNUSUAL = -2;

export class FastCore implements RecordCore {
  private readonly delimiter: number;
  /** The bytes of a record begun in an earlier chunk. */
  private pending: Uint8Array | undefined;
  private started = false;
  /** csv-parse, once something unusual was met; `base`: the line count when it took over. */
  private reference: ReferenceCore | undefined;
  private base = 0;
  private own = 0;
  /** Whether the last record had a line break inside a quoted cell. */
  private broken = false;
  private fields: string[] = [];
  // The next quote and CR at or after a position in the current buffer (its length: none).
  private quoteAt = -1;
  private crAt = -1;

  constructor(private readonly delimiterText: string) {
    this.delimiter = delimiterText.charCodeAt(0);
  }

  get lines(): number {
    return this.reference ? this.base + this.reference.lines : this.own;
  }

  get failure(): CsvError | undefined {
    return this.reference?.failure;
  }

  parse(chunk: Uint8Array | undefined, end: boolean, push: (record: string[]) => void): void {
    if (this.reference) {
      this.reference.parse(chunk, end, push);
      return;
    }
    let rest = chunk;
    if (this.pending && rest && this.started) {
      // The record begun in the last chunk is finished with this one's bytes up to its first line
      // end: the rest of the chunk is read where it is, not copied behind that record's start.
      const lf = rest.indexOf(LF);
      if (lf >= 0 && lf + 1 < rest.length) {
        const head = joinBytes([this.pending, rest.subarray(0, lf + 1)]);
        this.pending = undefined;
        const reference = this.scan(head, false, push);
        rest = rest.subarray(lf + 1);
        if (reference) {
          reference.parse(rest, end, push);
          return;
        }
      }
    }
    const buf = this.pending ? (rest ? joinBytes([this.pending, rest]) : this.pending) : rest;
    this.pending = undefined;
    if (!buf) return;
    if (!this.started) {
      // csv-parse reads a byte-order mark (UTF-8, or UTF-16 LE, which changes its encoding) first.
      if (buf.length < 3 && !end) {
        this.pending = buf;
        return;
      }
      this.started = true;
      if ((buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) || (buf[0] === 0xff && buf[1] === 0xfe)) {
        this.handOver(buf, end, push, true);
        return;
      }
    }
    void this.scan(buf, end, push);
  }

  /** Pushes the records `buf` completes; keeps what is left of it, or hands it to csv-parse (returned). */
  private scan(buf: Uint8Array, end: boolean, push: (record: string[]) => void): ReferenceCore | undefined {
    this.quoteAt = -1;
    this.crAt = -1;
    const length = buf.length;
    let at = 0;
    while (at < length) {
      const next = this.record(buf, at, end);
      if (next === MORE) break;
      if (next === UNUSUAL || next - at > LONG_RECORD) return this.handOver(buf.subarray(at), end, push, false);
      this.own += this.broken ? 2 : 1;
      push(this.fields);
      at = next;
    }
    if (at < length) {
      this.pending = buf.subarray(at);
      // A record this long is csv-parse's to refuse.
      if (this.pending.length > LONG_RECORD) {
        const rest = this.pending;
        this.pending = undefined;
        return this.handOver(rest, end, push, false);
      }
    }
    return undefined;
  }

  /** From here to the end, csv-parse reads: it begins at a record's start, as after a record delimiter. */
  private handOver(rest: Uint8Array, end: boolean, push: (record: string[]) => void, bom: boolean): ReferenceCore {
    this.base = this.own;
    const reference = new ReferenceCore(this.delimiterText, bom);
    this.reference = reference;
    reference.parse(rest, end, push);
    return reference;
  }

  /** Reads the record at `at` into `fields`: the position after its record delimiter, MORE or UNUSUAL. */
  private record(buf: Uint8Array, at: number, end: boolean): number {
    this.broken = false;
    const lf = buf.indexOf(LF, at);
    if (lf >= 0) {
      const stop = lf > at && buf[lf - 1] === CR ? lf - 1 : lf;
      if (this.quoteAt < at) this.quoteAt = after(buf, QUOTE, at);
      if (this.crAt < at) this.crAt = after(buf, CR, at);
      // Nearly every line: no quote, no lone CR.
      if (this.quoteAt >= stop && this.crAt >= stop) {
        this.fields = utf8(buf, at, stop).split(this.delimiterText);
        return lf + 1;
      }
    }
    return this.cells(buf, at, end);
  }

  /** A record with quotes or CR line ends, or not yet ended, cell by cell. */
  private cells(buf: Uint8Array, start: number, end: boolean): number {
    const fields: string[] = [];
    this.fields = fields;
    const length = buf.length;
    const delimiter = this.delimiter;
    let at = start;
    for (;;) {
      if (at - start > LONG_RECORD) return UNUSUAL;
      if (at >= length) {
        if (!end) return MORE;
        fields.push('');
        return length;
      }
      let stop: number;
      let after: number;
      if (buf[at] === QUOTE) {
        const open = at + 1;
        let escaped = false;
        let close = buf.indexOf(QUOTE, open);
        for (;;) {
          if (close < 0) return end ? UNUSUAL : MORE;
          if (close + 1 >= length) {
            if (!end) return MORE;
            break;
          }
          if (buf[close + 1] !== QUOTE) break;
          escaped = true;
          close = buf.indexOf(QUOTE, close + 2);
        }
        let text = utf8(buf, open, close);
        if (escaped) text = text.replaceAll('""', '"');
        if (!this.broken && (text.includes('\n') || text.includes('\r'))) this.broken = true;
        fields.push(text);
        stop = close + 1;
        if (stop >= length) return length;
        after = buf[stop]!;
        if (after !== delimiter && after !== CR && after !== LF) return UNUSUAL;
      } else {
        stop = at;
        let byte = buf[stop]!;
        while (byte !== delimiter && byte !== CR && byte !== LF && byte !== QUOTE) {
          if (++stop >= length) break;
          byte = buf[stop]!;
        }
        if (stop >= length) {
          if (!end) return MORE;
          fields.push(utf8(buf, at, length));
          return length;
        }
        // A quote inside an unquoted cell: csv-parse keeps it as text, in its own way.
        if (byte === QUOTE) return UNUSUAL;
        fields.push(utf8(buf, at, stop));
        after = byte;
      }
      if (after === delimiter) {
        at = stop + 1;
        continue;
      }
      if (after === LF) return stop + 1;
      // CR: with LF one record delimiter, alone another.
      if (stop + 1 >= length) return end ? length : MORE;
      return buf[stop + 1] === LF ? stop + 2 : stop + 1;
    }
  }
}

/** UTF-8 as csv-parse decodes a cell: a byte-order mark kept, bad bytes U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of `buf` from `start` to `end`. */
function utf8(buf: Uint8Array, start: number, end: number): string {
  return UTF8.decode(buf.subarray(start, end));
}

/** Where `byte` next occurs at or after `from`; the buffer's length when it does not. */
function after(buf: Uint8Array, byte: number, from: number): number {
  const at = buf.indexOf(byte, from);
  return at < 0 ? buf.length : at;
}
