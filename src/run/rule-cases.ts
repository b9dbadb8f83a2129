// A report's cases grouped by rule (`Spooled.byRule`), made in one pass over the kept rows when the
// first rule is asked for: that rule's bytes are handed on as they are made, every other rule's
// kept in a temporary file of its own (for this user only, removed however the run ends) and read
// back when asked for. What is kept is bytes, never text to decode again; and a verdict written
// by its place alone (a passing junit case) is kept as one byte: its place's key (after the text
// every such case starts with) is made once a row into a file of keys that every rule's records
// point into, in order (docs/architecture.md, "A report's cases grouped by rule").
import { closeSync, constants, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row, RuleCases, Verdict } from '../model/types.js';
import type { Checker } from '../engine/checker.js';
import { removedAtExit } from './leftovers.js';
import { readAll, writeAll } from './output.js';
import { randomHex } from './random-name.js';

/** What a rule's record is, in its first byte. */
const Kind = {
  /** A plain case whose key is the next key of the file of keys. */
  Next: 0,
  /** A plain case whose key is `n` keys on (a u32 after the byte): the rule had no plain case of the rows between. */
  Skip: 1,
  /** Bytes to write as they are: a u32 length, then the bytes. */
  Bytes: 2,
} as const;

/** Bytes of a chunk handed on to the writer. */
const CHUNK = 1 << 20;
/** Bytes of a rule's records (or of keys) held before they are written, and read back at a time. */
const HELD = 1 << 16;
/** Rows judged between two chunks handed on: the writer's loop turns between them, for a Ctrl-C. */
const ROWS_A_TURN = 2_000;

const EMPTY = Buffer.alloc(0);

/** Bytes made into a buffer that grows when they outgrow it. */
class Bytes {
  buffer: Buffer;
  used = 0;

  constructor(private readonly size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.used++] = value;
  }

  u32(value: number): void {
    this.room(4);
    this.buffer.writeUInt32LE(value, this.used);
    this.used += 4;
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** `text` as UTF-8; how many bytes it took. */
  text(text: string): number {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    this.room(text.length * 3);
    const length = this.buffer.write(text, this.used);
    this.used += length;
    return length;
  }

  /** `text` as UTF-8 after its length, and after `before` when given. */
  sized(text: string, before?: Uint8Array): void {
    this.room(4);
    const at = this.used;
    this.used += 4;
    // The text may move the bytes into a larger buffer: its length is written after it.
    let length = 0;
    if (before) {
      this.bytes(before);
      length = before.length;
    }
    length += this.text(text);
    this.buffer.writeUInt32LE(length, at);
  }

  /** The bytes made, for the taker to keep: the next are made into a new buffer. */
  take(): Buffer {
    if (this.used === 0) return EMPTY;
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
    return bytes;
  }

  /** Forgets the bytes made, once written; a buffer grown for a long text is let go. */
  clear(): void {
    this.used = 0;
    if (this.buffer.length > this.size) this.buffer = Buffer.allocUnsafe(this.size);
  }
}

/** A temporary file of the run's, written as it is made and read back from its start. */
class SpoolFile {
  readonly fd: number;
  readonly held = new Bytes(HELD);
  private readonly remove: () => void;
  end = 0;

  constructor(kind: string) {
    const path = join(tmpdir(), `duibiao-${kind}-${randomHex(8)}.bin`);
    // O_EXCL: a name no one else holds, never a link someone left there; for this user only.
    const { O_RDWR, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;
    this.fd = openSync(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    this.remove = removedAtExit(path);
  }

  /** Writes what is held once it is `HELD` bytes, or whatever there is when `all`. */
  flush(all = false): void {
    const held = this.held;
    if (held.used === 0 || (!all && held.used < HELD)) return;
    writeAll(this.fd, held.buffer.subarray(0, held.used), this.end);
    this.end += held.used;
    held.clear();
  }

  reader(): FileReader {
    this.flush(true);
    return new FileReader(this.fd, this.end);
  }

  dispose(): void {
    closeSync(this.fd);
    this.remove();
  }
}

/** Reads a file back from its start, a record at a time, `HELD` bytes (or a record, if longer) at a time. */
class FileReader {
  private buffer = Buffer.allocUnsafe(HELD);
  private at = 0;
  private end = 0;
  private position = 0;

  constructor(
    private readonly fd: number,
    private readonly fileEnd: number,
  ) {}

  get done(): boolean {
    return this.at === this.end && this.position === this.fileEnd;
  }

  /** Makes the next `bytes` bytes ready at `at`. */
  private need(bytes: number): void {
    const ready = this.end - this.at;
    if (ready >= bytes) return;
    if (bytes > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(bytes, this.buffer.length * 2));
      this.buffer.copy(bigger, 0, this.at, this.end);
      this.buffer = bigger;
    } else this.buffer.copyWithin(0, this.at, this.end);
    this.at = 0;
    this.end = ready;
    const more = Math.min(this.buffer.length - ready, this.fileEnd - this.position);
    if (ready + more < bytes) throw new Error('a file of the run is shorter than was written to it');
    readAll(this.fd, this.buffer.subarray(ready, ready + more), this.position);
    this.position += more;
    this.end += more;
  }

  byte(): number {
    this.need(1);
    return this.buffer[this.at++]!;
  }

  u32(): number {
    this.need(4);
    const value = this.buffer.readUInt32LE(this.at);
    this.at += 4;
    return value;
  }

  /** The next `length` bytes, good until the next read. */
  bytes(length: number): Buffer {
    this.need(length);
    const bytes = this.buffer.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }

  /** The next record of the file of keys: a key's bytes, after its length. */
  sized(): Buffer {
    return this.bytes(this.u32());
  }
}

/** A rule's records, and the key its last plain case pointed to (-1: none yet). */
interface RuleFile {
  file: SpoolFile;
  key: number;
}

export class RuleCaseFiles {
  private readonly files = new Map<string, RuleFile>();
  private readonly keys = new SpoolFile('keys');
  /** Keys made so far. */
  private keyCount = 0;
  private readonly before: Buffer;
  private readonly after = new Map<string, Buffer>();
  private pass: Generator<Uint8Array> | undefined;
  private live: string | undefined;

  constructor(
    private readonly rows: () => Iterable<Row>,
    private readonly checker: Checker,
    private readonly totals: readonly Verdict[],
    private readonly cases: RuleCases<Verdict>,
  ) {
    this.before = Buffer.from(cases.before);
  }

  *of(rule: string): Generator<Uint8Array> {
    if (this.pass === undefined && this.live === undefined) {
      this.live = rule;
      this.pass = this.run(rule);
      yield* this.pass;
      return;
    }
    // Asked before the pass is through: it goes on, handing on nothing, until it is.
    if (this.pass) for (const chunk of this.pass) if (chunk.length === 0) yield chunk;
    if (rule === this.live) return;
    const file = this.files.get(rule);
    if (file === undefined) return;
    yield* this.readBack(file.file.reader(), this.afterOf(rule));
  }

  private afterOf(rule: string): Buffer {
    let after = this.after.get(rule);
    if (after === undefined) this.after.set(rule, (after = Buffer.from(this.cases.after(rule))));
    return after;
  }

  private *readBack(records: FileReader, after: Buffer): Generator<Uint8Array> {
    const keys = this.keys.reader();
    const out = new Bytes(CHUNK);
    let key: Buffer | undefined;
    while (!records.done) {
      const kind = records.byte();
      if (kind === Kind.Bytes) out.bytes(records.bytes(records.u32()));
      else {
        // Keys are read in order, each only once it is needed; those passed over are skipped.
        for (let skip = kind === Kind.Skip ? records.u32() : 1; skip > 0; skip--) key = keys.sized();
        out.bytes(key!);
        out.bytes(after);
      }
      if (out.used >= CHUNK) yield out.take();
    }
    yield out.take();
  }

  private *run(live: string): Generator<Uint8Array> {
    const { checker, cases } = this;
    const plain = cases.plain;
    const out = new Bytes(CHUNK);
    const keys = this.keys;
    const before = this.before;
    const liveAfter = this.afterOf(live);
    let rows = 0;
    for (const row of this.rows()) {
      // The row's key, made at its first plain case: the place is the same in all of a row's verdicts.
      let key = -1;
      let keyText = '';
      for (const verdict of checker.verdicts(row, plain)) {
        const rule = verdict.rule;
        if (verdict.scope === 'county' && plain.has(verdict.status)) {
          if (key < 0) {
            keyText = cases.key(verdict);
            key = this.keyCount++;
            keys.held.sized(keyText, before);
            keys.flush();
          }
          if (rule === live) {
            out.bytes(before);
            out.text(keyText);
            out.bytes(liveAfter);
          } else this.plainCase(rule, key);
        } else {
          const text = cases.render(verdict);
          if (text === undefined) continue;
          if (rule === live) out.text(text);
          else this.text(rule, text);
        }
      }
      if (++rows % ROWS_A_TURN === 0 || out.used >= CHUNK) yield out.take();
    }
    for (const verdict of this.totals) {
      const text = cases.render(verdict);
      if (text === undefined) continue;
      if (verdict.rule === live) out.text(text);
      else this.text(verdict.rule, text);
    }
    yield out.take();
    for (const file of this.files.values()) file.file.flush(true);
    this.pass = undefined;
  }

  private fileOf(rule: string): RuleFile {
    let file = this.files.get(rule);
    if (file === undefined) this.files.set(rule, (file = { file: new SpoolFile('rule'), key: -1 }));
    return file;
  }

  private plainCase(rule: string, key: number): void {
    const file = this.fileOf(rule);
    const held = file.file.held;
    const skip = key - file.key;
    if (skip === 1) held.byte(Kind.Next);
    else {
      held.byte(Kind.Skip);
      held.u32(skip);
    }
    file.key = key;
    file.file.flush();
  }

  private text(rule: string, text: string): void {
    const file = this.fileOf(rule).file;
    file.held.byte(Kind.Bytes);
    file.held.sized(text);
    file.flush();
  }

  dispose(): void {
    for (const file of this.files.values()) file.file.dispose();
    this.files.clear();
    this.keys.dispose();
  }
}
