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
const text = (value: string | null): string =>
  value === null ? 'null' : ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;

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

/**
 * Encodes findings, a line each, into chunks of UTF-8 bytes for a report written as it goes: no
 * joined string, no second copy. Each full chunk goes to `send`, which returns true to keep it (a
 * fresh chunk is then taken) or false once done with the bytes (the chunk is filled again).
 */
export class FindingLines {
  private buffer: Buffer;
  private used = 0;
  private readonly encoder: VerdictEncoder;

  constructor(
    private readonly send: (bytes: Buffer) => boolean,
    private readonly chunk = 1 << 20,
    /** The lines of the list so far, those written elsewhere included: only the first has no comma. */
    public lines = 0,
    /** Where a fresh chunk comes from once one is kept. */
    private readonly fresh: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
    /** The language the check's verdicts are said in. */
    said?: VerdictWords,
  ) {
    this.buffer = fresh(chunk);
    this.encoder = new VerdictEncoder(said);
  }

  /** The chunk being filled, which the bytes sent are the start of. */
  get chunkBuffer(): Buffer {
    return this.buffer;
  }

  add(verdict: Verdict): void {
    this.append(itemLine(this.lines++, this.encoder.encode(verdict)));
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
    if (this.lines > 0) this.append(LIST_END);
    this.flush();
  }

  private append(line: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 > this.buffer.length) {
      this.flush();
      if (line.length * 3 > this.buffer.length) {
        this.send(Buffer.from(line));
        return;
      }
    }
    this.used += this.buffer.write(line, this.used);
  }
}
