// How the JSON report writes its lists: one item a line, and each verdict field for field,
// without JSON.stringify's generic walk (the national file has a quarter of a million of them).
import type { Location, ShownVerdict, Verdict } from '../../model/types.js';
import type { VerdictWords } from '../shown.js';

const BATCH = 1000;

/** One item of a list, one a line: readable, greppable, and far cheaper than indenting each. */
function itemLine(index: number, text: string): string {
  return `${index === 0 ? '' : ','}\n    ${text}`;
}

/** What closes a list that has items. */
const LIST_END = '\n  ';

/** The items of a list, in chunks of lines. */
export function* items<T>(list: Iterable<T>, write: (item: T) => string): Generator<string> {
  let parts: string[] = [];
  let index = 0;
  for (const item of list) {
    parts.push(itemLine(index++, write(item)));
    if (parts.length === BATCH) {
      yield parts.join('');
      parts = [];
    }
  }
  if (index > 0) parts.push(LIST_END);
  if (parts.length > 0) yield parts.join('');
}

/** What JSON.stringify would escape in a string: quotes, backslashes, control characters, lone surrogates. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it; most need no escaping, and are only quoted. */
export function jsonText(value: string): string {
  return ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
}

const text = (value: string | null): string => (value === null ? 'null' : jsonText(value));

/** How the JSON of each verdict of a rule begins: what a reader can pick a rule's verdicts by. */
export function verdictOpening(rule: string): string {
  return `{"rule":${JSON.stringify(rule)},"severity":`;
}

/**
 * Writes verdicts as JSON.stringify would, field for field; a test holds the two to the same
 * output. What repeats is quoted once per encoder: a rule's opening, and a row's place, shared by
 * its verdicts. Each report or batch has its own encoder, so nothing is kept between runs.
 */
export class VerdictEncoder {
  private readonly openings = new Map<string, string>();
  private lastCounty: string | null | undefined;
  private lastCountyJson = '';
  private lastLocation: Location | undefined;
  private lastLocationJson = '';

  /** `said`: the language a check's verdicts are said in; a report's own verdicts are said already. */
  constructor(private readonly said?: VerdictWords) {}

  readonly encode = (v: Verdict | ShownVerdict): string =>
    `${this.opening(v.rule)}"${v.severity}","status":"${v.status}","scope":"${v.scope}","county":${v.county === this.lastCounty ? this.lastCountyJson : this.county(v.county)},` +
    `"year":${v.year}${v.period === undefined ? '' : `,"period":"${v.period}"`},"actual":${v.actual},"target":${v.target},"comparison":${text(this.said ? this.said.comparison(v) : (v.comparison as string | null))},"detail":${text(this.said ? this.said.detail(v) : (v.detail as string | null))},` +
    `"message":${text(this.said ? this.said.message(v) : (v.message as string))}${v.basis ? `,"basis":{"rows":${v.basis.rows},"of":${v.basis.of}}` : ''}${this.location(v.location)}${v.waiver ? `,"waiver":${JSON.stringify(v.waiver)}` : ''}${v.change ? `,"change":"${v.change}"` : ''}}`;

  private opening(rule: string): string {
    let opening = this.openings.get(rule);
    if (opening === undefined) this.openings.set(rule, (opening = verdictOpening(rule)));
    return opening;
  }

  private county(county: string | null): string {
    this.lastCounty = county;
    this.lastCountyJson = text(county);
    return this.lastCountyJson;
  }

  private location(location: Location | undefined): string {
    if (location === undefined) return '';
    if (location !== this.lastLocation) {
      this.lastLocation = location;
      const sheet = location.sheet === undefined ? '' : `,"sheet":${JSON.stringify(location.sheet)}`;
      this.lastLocationJson = `,"location":{"file":${JSON.stringify(location.file)}${sheet},"line":${location.line}}`;
    }
    return this.lastLocationJson;
  }
}

/** One verdict as JSON.stringify would write it. */
export function verdictJson(v: ShownVerdict): string {
  return new VerdictEncoder().encode(v);
}

/** UTF-8 of text made once: what repeats from verdict to verdict. */
const UTF8 = new TextEncoder();

/** A verdict's opening, from its rule to its county, made once per rule, severity, status and scope. */
interface Opening {
  severity: string;
  status: string;
  scope: string;
  bytes: Uint8Array;
}

const QUOTE = 0x22;
/** Bytes at most a UTF-16 unit takes in UTF-8 (a pair of them takes 4). */
const MOST = 3;

/**
 * Encodes findings, a line each, into chunks of UTF-8 bytes for a report written as it goes: no
 * joined string, no second copy. Each full chunk goes to `send`, which returns true to keep it (a
 * fresh chunk is then taken) or false once done with the bytes (the chunk is filled again). A line
 * may go on in the next chunk: the chunks are written one after the other.
 *
 * The bytes are those of `items(…, VerdictEncoder.encode)` (a property test holds them so), made
 * without the line's string: what repeats (a rule's opening, a row's county and place, a rule's
 * title) is encoded once, and the rest is written into the chunk as it is made, a unit at a time.
 * Text with anything to escape (quotes, backslashes, control characters, surrogates) is written
 * as JSON.stringify writes it.
 */
export class FindingLines {
  private buffer: Buffer;
  private used = 0;
  private readonly openings = new Map<string, Opening[]>();
  /** A row's county, year and month, and its place: the same for each of its verdicts, encoded once. */
  private lastCounty: string | null | undefined;
  private lastYear: number | null | undefined;
  private lastPeriod: string | undefined;
  private lastWho: Uint8Array = new Uint8Array(0);
  private lastFile: string | undefined;
  private lastSheet: string | undefined;
  private lastLine = 0;
  private lastPlace: Uint8Array = new Uint8Array(0);
  /** Each rule's title, encoded, when it has nothing to escape. */
  private readonly titles = new Map<string, Uint8Array | null>();

  constructor(
    private readonly send: (bytes: Buffer) => boolean,
    private readonly chunk = 1 << 20,
    /** The lines of the list so far, those written elsewhere included: only the first has no comma. */
    public lines = 0,
    /** Where a fresh chunk comes from once one is kept. */
    private readonly fresh: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
    /** The language the check's verdicts are said in; a report's own verdicts are said already. */
    private readonly said?: VerdictWords,
  ) {
    this.buffer = fresh(chunk);
  }

  /** The chunk being filled, which the bytes sent are the start of. */
  get chunkBuffer(): Buffer {
    return this.buffer;
  }

  add(v: Verdict | ShownVerdict): void {
    const said = this.said;
    this.ascii(this.lines++ === 0 ? '\n    ' : ',\n    ');
    this.bytes(this.opening(v));
    this.bytes(
      v.county === this.lastCounty && v.year === this.lastYear && v.period === this.lastPeriod
        ? this.lastWho
        : this.who(v),
    );
    this.ascii(',"actual":');
    this.raw(`${v.actual}`);
    this.ascii(',"target":');
    this.raw(`${v.target}`);
    const comparison = said ? said.comparison(v) : (v.comparison as string | null);
    const detail = said ? said.detail(v) : (v.detail as string | null);
    this.ascii(',"comparison":');
    const comparisonPlain = this.text(comparison);
    this.ascii(',"detail":');
    const plain = this.text(detail) && comparisonPlain;
    this.ascii(',"message":');
    if (v.message !== undefined || said === undefined || !plain || !this.judged(v, said, comparison, detail))
      this.text(said ? said.messageWith(v, comparison, detail) : (v.message as string));
    if (v.basis) {
      this.ascii(',"basis":{"rows":');
      this.raw(`${v.basis.rows}`);
      this.ascii(',"of":');
      this.raw(`${v.basis.of}`);
      this.ascii('}');
    }
    if (v.location !== undefined) this.bytes(this.place(v.location));
    if (v.waiver) {
      this.ascii(',"waiver":');
      this.raw(JSON.stringify(v.waiver));
    }
    if (v.change) {
      this.ascii(',"change":"');
      this.raw(v.change);
      this.ascii('"');
    }
    this.ascii('}');
  }

  /** Sends what is held; the list goes on. */
  flush(): void {
    if (this.used === 0) return;
    const kept = this.send(this.buffer.subarray(0, this.used));
    this.used = 0;
    if (kept) this.buffer = this.fresh(this.chunk);
  }

  /** Closes the list and sends what is left. */
  end(): void {
    if (this.lines > 0) this.ascii(LIST_END);
    this.flush();
  }

  /**
   * The message of a judged verdict, written from its parts when none has anything to escape
   * (then neither has the whole, and the whole is the parts one after the other): its rule's
   * title, comparison, detail and due date. False, with nothing written, otherwise.
   */
  private judged(
    v: Verdict | ShownVerdict,
    said: VerdictWords,
    comparison: string | null,
    detail: string | null,
  ): boolean {
    let title = this.titles.get(v.rule);
    if (title === undefined) {
      const text = said.title(v.rule);
      this.titles.set(v.rule, (title = plainText(text) ? UTF8.encode(text) : null));
    }
    const due = said.due(v);
    if (title === null || (due !== '' && !plainText(due))) return false;
    this.ascii('"');
    this.bytes(title);
    this.ascii(': ');
    if (comparison !== null) this.raw(comparison);
    if (detail !== null) {
      this.ascii(' (');
      this.raw(detail);
      this.ascii(')');
    }
    if (due !== '') this.raw(due);
    this.ascii('"');
    return true;
  }

  private opening(v: Verdict | ShownVerdict): Uint8Array {
    let openings = this.openings.get(v.rule);
    if (openings === undefined) this.openings.set(v.rule, (openings = []));
    for (const opening of openings)
      if (opening.status === v.status && opening.severity === v.severity && opening.scope === v.scope)
        return opening.bytes;
    const bytes = Buffer.from(
      `${verdictOpening(v.rule)}"${v.severity}","status":"${v.status}","scope":"${v.scope}","county":`,
    );
    openings.push({ severity: v.severity, status: v.status, scope: v.scope, bytes });
    return bytes;
  }

  /** A verdict's county, year and month, after `"county":`. */
  private who(v: Verdict | ShownVerdict): Uint8Array {
    this.lastCounty = v.county;
    this.lastYear = v.year;
    this.lastPeriod = v.period;
    const period = v.period === undefined ? '' : `,"period":"${v.period}"`;
    this.lastWho = Buffer.from(`${text(v.county)},"year":${v.year}${period}`);
    return this.lastWho;
  }

  /** A verdict's location, its row's. */
  private place(location: Location): Uint8Array {
    if (location.line !== this.lastLine || location.file !== this.lastFile || location.sheet !== this.lastSheet) {
      this.lastFile = location.file;
      this.lastSheet = location.sheet;
      this.lastLine = location.line;
      const sheet = location.sheet === undefined ? '' : `,"sheet":${JSON.stringify(location.sheet)}`;
      this.lastPlace = Buffer.from(
        `,"location":{"file":${JSON.stringify(location.file)}${sheet},"line":${location.line}}`,
      );
    }
    return this.lastPlace;
  }

  /** Makes room for `size` bytes in the chunk; false when they can never fit in one. */
  private room(size: number): boolean {
    if (this.used + size <= this.buffer.length) return true;
    this.flush();
    return size <= this.buffer.length;
  }

  /** Bytes made before. */
  private bytes(bytes: Uint8Array): void {
    if (!this.room(bytes.length)) {
      this.send(Buffer.from(bytes));
      return;
    }
    if (bytes.length < 32) {
      const buffer = this.buffer;
      let used = this.used;
      for (const byte of bytes) buffer[used++] = byte;
      this.used = used;
    } else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  /** Text of ASCII characters alone. */
  private ascii(text: string): void {
    if (!this.room(text.length)) {
      this.send(Buffer.from(text));
      return;
    }
    const buffer = this.buffer;
    let used = this.used;
    for (let i = 0; i < text.length; i++) buffer[used++] = text.charCodeAt(i);
    this.used = used;
  }

  /** Any text, in UTF-8 as Buffer.write writes it (a lone surrogate as U+FFFD). */
  private raw(text: string): void {
    if (!this.room(text.length * MOST)) {
      this.send(Buffer.from(text));
      return;
    }
    this.used = utf8(text, this.buffer, this.used);
  }

  /** A string or null as JSON; true when the string had nothing to escape. */
  private text(value: string | null): boolean {
    if (value === null) {
      this.ascii('null');
      return true;
    }
    if (!this.room(value.length * MOST + 2)) {
      this.send(Buffer.from(text(value)));
      return !ESCAPED.test(value);
    }
    const start = this.used;
    const buffer = this.buffer;
    buffer[start] = QUOTE;
    const end = plainUtf8(value, buffer, start + 1);
    if (end < 0) {
      this.used = start;
      this.raw(JSON.stringify(value));
      return false;
    }
    buffer[end] = QUOTE;
    this.used = end + 1;
    return true;
  }
}

/** Whether JSON.stringify would write the text as it is, only quoted. */
function plainText(text: string): boolean {
  return !ESCAPED.test(text);
}

/** Writes `text` in UTF-8 at `at`, as Buffer.write does; where it ends. */
function utf8(text: string, buffer: Buffer, at: number): number {
  let used = at;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) buffer[used++] = c;
    else if (c < 0x800) {
      buffer[used++] = 0xc0 | (c >> 6);
      buffer[used++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buffer[used++] = 0xe0 | (c >> 12);
      buffer[used++] = 0x80 | ((c >> 6) & 0x3f);
      buffer[used++] = 0x80 | (c & 0x3f);
    } else {
      const low = c <= 0xdbff && i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        buffer[used++] = 0xf0 | (point >> 18);
        buffer[used++] = 0x80 | ((point >> 12) & 0x3f);
        buffer[used++] = 0x80 | ((point >> 6) & 0x3f);
        buffer[used++] = 0x80 | (point & 0x3f);
        i++;
      } else {
        // A lone surrogate: the replacement character, as Buffer.write writes it.
        buffer[used++] = 0xef;
        buffer[used++] = 0xbf;
        buffer[used++] = 0xbd;
      }
    }
  }
  return used;
}

/** Writes `text` in UTF-8 at `at` when it has nothing JSON escapes (ESCAPED); where it ends, or -1. */
function plainUtf8(text: string, buffer: Buffer, at: number): number {
  let used = at;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return -1;
      buffer[used++] = c;
    } else if (c < 0x800) {
      buffer[used++] = 0xc0 | (c >> 6);
      buffer[used++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buffer[used++] = 0xe0 | (c >> 12);
      buffer[used++] = 0x80 | ((c >> 6) & 0x3f);
      buffer[used++] = 0x80 | (c & 0x3f);
    } else return -1;
  }
  return used;
}
