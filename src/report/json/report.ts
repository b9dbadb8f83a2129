// The JSON report of CLI.md: one document, stable field names, written as it goes.
import { STATUSES, type CheckResult, type Status, type Summary, type Verdict } from '../../model/types.js';
import { allFindings, allProblems } from '../parts.js';
import type { Reporter } from '../types.js';

const BATCH = 1000;

export const json: Reporter = function* (result) {
  yield jsonHead(result);
  yield* items(allFindings(result), verdictJson);
  yield* jsonTail(result);
};

/**
 * Everything before the findings, the counts first as CLI.md shows them, padded with spaces to
 * `jsonHeadSize` bytes. The counts are known only at the end of a check, and a large report is
 * written straight into its file behind room kept for them; every JSON report is padded alike so
 * that it is the same bytes however it is written.
 */
export function jsonHead(result: HeadParts & Pick<CheckResult, 'inputs' | 'summary'>): string {
  const head = headText(result);
  return head + ' '.repeat(Math.max(0, jsonHeadSize(result.tool, result.pack, result.asOf, result.inputs.map((input) => input.file)) - Buffer.byteLength(head)));
}

type HeadParts = Pick<CheckResult, 'tool' | 'pack' | 'asOf'>;

/**
 * The bytes of the head for these input files, with every count at ten digits: room for ten
 * billion verdicts. A larger count, or a longer encoding name, still makes a whole report: the
 * findings are then moved up in the file, once.
 */
export function jsonHeadSize(tool: CheckResult['tool'], pack: CheckResult['pack'], asOf: string, files: readonly string[]): number {
  const widest = 9_999_999_999;
  const everyStatus = Object.fromEntries(STATUSES.map((status) => [status, widest])) as Record<Status, number>;
  const summary = { rows: widest, ...everyStatus, problems: widest, totals: everyStatus } satisfies Summary;
  const inputs = files.map((file) => ({ file, format: 'yaml', rows: widest, encoding: WIDEST_ENCODING }));
  return Buffer.byteLength(headText({ tool, pack, asOf, inputs, summary }));
}

/** As long as the longest encoding name a reader reports (utf-16le). */
const WIDEST_ENCODING = 'x'.repeat(8);

function headText({ tool, pack, asOf, inputs, summary }: HeadParts & { inputs: readonly object[]; summary: Summary }): string {
  const head = JSON.stringify({ tool, pack, asOf, inputs, summary }, null, 2);
  return `${head.slice(0, -2)},\n  "findings": [`;
}

/** Everything after the findings. */
export function* jsonTail(result: CheckResult): Generator<string> {
  yield '],\n  "problems": [';
  yield* items(allProblems(result), JSON.stringify);
  yield ']\n}\n';
}

/** One item of a list, one a line: readable, greppable, and far cheaper than indenting each. */
function itemLine(index: number, text: string): string {
  return `${index === 0 ? '' : ','}\n    ${text}`;
}

/** What closes a list that has items. */
const LIST_END = '\n  ';

function* items<T>(list: Iterable<T>, write: (item: T) => string): Generator<string> {
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

/**
 * Encodes findings, a line each, into chunks of UTF-8 bytes for a report written as it goes: no
 * joined string, no second copy. Each full chunk goes to `send`, which returns true to keep it (a
 * fresh chunk is then taken) or false once done with the bytes (the chunk is filled again).
 */
export class FindingLines {
  private buffer: Buffer;
  private used = 0;

  constructor(
    private readonly send: (bytes: Buffer) => boolean,
    private readonly chunk = 1 << 20,
    /** The lines of the list so far, those written elsewhere included: only the first has no comma. */
    public lines = 0,
  ) {
    this.buffer = Buffer.allocUnsafe(chunk);
  }

  add(verdict: Verdict): void {
    this.append(itemLine(this.lines++, verdictJson(verdict)));
  }

  /** Sends what is held; the list goes on. */
  flush(): void {
    if (this.used === 0) return;
    const kept = this.send(this.buffer.subarray(0, this.used));
    this.used = 0;
    if (kept) this.buffer = Buffer.allocUnsafe(this.chunk);
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

/** What JSON.stringify would escape in a string: quotes, backslashes, control characters, lone surrogates. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it; most need no escaping, and are only quoted. */
const text = (value: string | null): string => (value === null ? 'null' : ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`);

/**
 * A verdict as JSON.stringify would write it, field for field, without its generic walk: the
 * national file has a quarter of a million of them. A test holds the two to the same output.
 * What repeats is quoted once: a rule's opening, and a row's place, shared by its verdicts.
 */
export function verdictJson(v: Verdict): string {
  return (
    `${verdictOpening(v.rule)}"${v.severity}","status":"${v.status}","scope":"${v.scope}","county":${v.county === lastCounty ? lastCountyJson : countyJson(v.county)},` +
    `"year":${v.year},"actual":${v.actual},"target":${v.target},"comparison":${text(v.comparison)},"detail":${text(v.detail)},` +
    `"message":${text(v.message)}${v.basis ? `,"basis":{"rows":${v.basis.rows},"of":${v.basis.of}}` : ''}${locationJson(v.location)}${v.waiver ? `,"waiver":${JSON.stringify(v.waiver)}` : ''}${v.change ? `,"change":"${v.change}"` : ''}}`
  );
}

/** How the JSON of each verdict of a rule begins: what a reader can pick a rule's verdicts by. */
export function verdictOpening(rule: string): string {
  let opening = OPENINGS.get(rule);
  if (opening === undefined) OPENINGS.set(rule, (opening = `{"rule":${JSON.stringify(rule)},"severity":`));
  return opening;
}

const OPENINGS = new Map<string, string>();
let lastCounty: string | null | undefined;
let lastCountyJson = '';
let lastLocation: Verdict['location'];
let lastLocationJson = '';

function countyJson(county: string | null): string {
  lastCounty = county;
  lastCountyJson = text(county);
  return lastCountyJson;
}

function locationJson(location: Verdict['location']): string {
  if (location === undefined) return '';
  if (location !== lastLocation) {
    lastLocation = location;
    const sheet = location.sheet === undefined ? '' : `,"sheet":${JSON.stringify(location.sheet)}`;
    lastLocationJson = `,"location":{"file":${JSON.stringify(location.file)}${sheet},"line":${location.line}}`;
  }
  return lastLocationJson;
}
