// Streams one sheet of an .xlsx workbook into records of cell text, with its row numbers as lines:
// a batch at a time, never the whole sheet. Its merged ranges come after its rows in the part: a
// sheet's first rows are held until they are known, and a sheet too long to hold has them read
// first, in a pass of their own.
import { DuibiaoError } from '../errors.js';
import { visible } from '../model/visible.js';
import type { RecordBatch } from './csv.js';
import {
  booleanText,
  cellReference,
  columnOf,
  isShortDecimal,
  numberText,
  shapedText,
  type NumberShape,
} from './excel-values.js';
import { MAX_RECORD_BYTES } from './csv-failure.js';
import { MAX_MERGED_RANGES, MergeFill, rangeOf, type MergedRange } from './merged-cells.js';
import { uncomputedText } from '../fields/formula.js';
import { joinBytes } from './input-bytes.js';
import { XmlPart, type XmlHandlers } from './xml.js';
import type { ZipEntry, ZipFile } from './zip.js';
import { say, type Text } from '../words/message.js';
import { turn } from '../run/turn.js';

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** Blank rows are kept, as CSV keeps blank lines, only up to this many in a row before data. */
const MAX_BLANK_RUN = 1000;
const BATCH = 200;
/**
 * A declared dimension pads records only up to this width, or the widest row read so far: the
 * dimension is the file's word, and `A1:XFD1048576` would otherwise make 16,384 cells of each row.
 */
const PAD_FLOOR = 64;
/** Rows, and characters of their text, held until the merged ranges are known. */
const HOLD_ROWS = 5000;
const HOLD_CHARS = 16 * 1024 * 1024;

/** What every sheet of a workbook reads its cells through. */
export interface SheetContext {
  file: string;
  /** The sheet's name, for a refusal to name. */
  sheet: string;
  strings: string[];
  shapes: NumberShape[];
  date1904: boolean;
  /** Counts the bytes of the sheet's XML parsed, for the progress line. */
  parsed?: (bytes: number) => void;
}

/** A sheet the workbook lists but does not hold: no rows. */
export async function* noRecords(): AsyncGenerator<RecordBatch> {}

/** A sheet's rows as records of cell text, streamed: a batch at a time, never the whole sheet. */
export async function* sheetRecords(zip: ZipFile, entry: ZipEntry, context: SheetContext): AsyncGenerator<RecordBatch> {
  const rows = new SheetRows(context, entry.name);
  const xml = new XmlPart(context.file, entry.name, rows);
  const held: RecordBatch[] = [];
  for await (const chunk of zip.stream(entry)) {
    xml.write(chunk);
    context.parsed?.(chunk.length);
    // The inflated chunks come as promises already settled: without a turn of the loop now and
    // then, a Ctrl-C would wait for the sheet's first rows, held until its merged ranges are known (turn.ts).
    await turn();
    if (rows.batch.records.length < BATCH) continue;
    if (rows.fill) {
      yield rows.take();
      continue;
    }
    held.push(rows.take());
    if (held.length * BATCH < HOLD_ROWS && rows.chars < HOLD_CHARS) continue;
    // Too long to hold until its merged ranges come: they are read first, in a pass of their own.
    rows.fill = new MergeFill(await mergedRanges(zip, entry, context));
    for (const batch of held) fillBatch(batch, rows.fill);
    yield* held.splice(0);
  }
  xml.end();
  const last = rows.take();
  if (!rows.fill) {
    const fill = new MergeFill(rows.ranges);
    if (!fill.empty) for (const batch of [...held, last]) fillBatch(batch, fill);
    yield* held;
  }
  if (last.records.length > 0) yield last;
}

function fillBatch({ records, lines }: RecordBatch, fill: MergeFill): void {
  for (let i = 0; i < records.length; i++) if (records[i]!.length > 0) fill.apply(records[i]!, lines[i]!);
}

/** Bytes from the start of a sheet's merged ranges to its end: ample for MAX_MERGED_RANGES. */
const MAX_MERGES_BYTES = 8 * 1024 * 1024;
const MERGE_CELLS = new TextEncoder().encode('mergeCells');
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g;

/**
 * The merged ranges of a sheet, read on their own. The rows before them are only inflated and
 * searched for the tag that opens them, not parsed: this pass costs a fraction of the reading.
 */
async function mergedRanges(zip: ZipFile, entry: ZipEntry, context: SheetContext): Promise<MergedRange[]> {
  let tail: Uint8Array | undefined;
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of zip.stream(entry)) {
    await turn();
    if (tail) {
      tail = joinBytes([tail, chunk]);
      if (tail.length > MAX_MERGES_BYTES) tooManyRanges(context);
      continue;
    }
    const bytes = carry.length > 0 ? joinBytes([carry, chunk]) : chunk;
    const at = openingTag(bytes);
    if (at >= 0) tail = bytes.subarray(at);
    else carry = bytes.subarray(Math.max(0, bytes.length - 64));
  }
  const ranges: MergedRange[] = [];
  if (!tail) return ranges;
  let count = 0;
  for (const match of new TextDecoder('utf-8', { ignoreBOM: true }).decode(tail).matchAll(MERGE_CELL)) {
    if (++count > MAX_MERGED_RANGES) tooManyRanges(context);
    const range = rangeOf(match[1]!);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** Where the tag `<mergeCells` (or `<x:mergeCells`) opens: text in a cell holds no `<`. */
function openingTag(bytes: Uint8Array): number {
  for (let at = indexOfBytes(bytes, MERGE_CELLS, 0); at >= 0; at = indexOfBytes(bytes, MERGE_CELLS, at + 1)) {
    let before = at - 1;
    if (bytes[before] === 0x3a) while (before > 0 && isNameByte(bytes[before - 1]!)) before--;
    const lt = bytes[before] === 0x3a ? before - 1 : before;
    if (bytes[lt] === 0x3c) return lt;
  }
  return -1;
}

/** Where `needle` first appears in `bytes` from `from`: the first byte found natively, the rest compared. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  for (let at = bytes.indexOf(first, from); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x5f ||
    byte === 0x2e ||
    byte === 0x2d
  );
}

function tooManyRanges(context: SheetContext): never {
  throw new DuibiaoError(
    'workbook-too-large',
    say('workbook.refused', context.file, say('workbook.mergedRanges', visible(context.sheet), MAX_MERGED_RANGES)),
  );
}

/** The state of a sheet's XML as it streams past: the row and cell being read. */
class SheetRows implements XmlHandlers {
  batch: RecordBatch = { records: [], lines: [] };
  /** The merged ranges the part lists after its rows (while no fill was read before them). */
  readonly ranges: MergedRange[] = [];
  private rangeCount = 0;
  /** The merged ranges, once read ahead of the rows: each row is filled as it ends. */
  fill: MergeFill | undefined;
  /** Characters of text in the records made so far. */
  chars = 0;
  private rowChars = 0;
  private row = 0;
  private record: string[] = [];
  private filled = false;
  private column = -1;
  private type = '';
  private style = 0;
  private value = '';
  private formula = '';
  private hasFormula = false;
  private hasValue = false;
  private collect: 'value' | 'formula' | 'inline' | undefined;
  private phonetic = 0;
  /** The sheet's used width, from its dimension: every record is as wide, as in Excel's CSV (up to PAD_FLOOR or the widest row). */
  private width = 0;
  /** The widest record with data so far. */
  private widest = 0;
  /** Whether a row with data has been read. */
  private started = false;
  /** Blank rows since the last row with data: kept only if data follows. */
  private blanks: number[] = [];

  constructor(
    private readonly context: SheetContext,
    private readonly part: string,
  ) {}

  take(): RecordBatch {
    const batch = this.batch;
    this.batch = { records: [], lines: [] };
    return batch;
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    switch (name) {
      case 'dimension': {
        const end = (attributes.ref ?? '').split(':')[1];
        if (end !== undefined) this.width = Math.min(Math.max(columnOf(end) + 1, 0), MAX_COLUMNS);
        return;
      }
      case 'row': {
        const at = attributes.r === undefined ? this.row + 1 : Number(attributes.r);
        if (!Number.isInteger(at) || at <= this.row || at > MAX_ROWS)
          this.broken(say('workbook.rowNumber', visible(String(attributes.r)), this.row));
        // Rows absent from the XML are blank rows; before the first data they say nothing.
        if (this.started)
          for (let line = this.row + 1; line < at && this.blanks.length < MAX_BLANK_RUN; line++) this.blanks.push(line);
        this.row = at;
        this.record = [];
        this.filled = false;
        this.column = -1;
        this.rowChars = 0;
        return;
      }
      case 'c': {
        const at = attributes.r === undefined ? this.column + 1 : columnOf(attributes.r);
        if (at < 0 || at >= MAX_COLUMNS) this.broken(say('workbook.cellReference', visible(String(attributes.r))));
        this.column = at;
        this.type = attributes.t ?? 'n';
        this.style = attributes.s === undefined ? 0 : Number(attributes.s);
        this.value = '';
        this.formula = '';
        this.hasFormula = false;
        this.hasValue = false;
        return;
      }
      case 'v':
        this.collect = 'value';
        this.hasValue = true;
        return;
      case 'f':
        this.collect = 'formula';
        this.hasFormula = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        if (this.phonetic === 0) this.collect = 'inline';
        return;
      case 'mergeCell':
        if (this.fill) return;
        if (++this.rangeCount > MAX_MERGED_RANGES) tooManyRanges(this.context);
        {
          const range = rangeOf(attributes.ref ?? '');
          if (range) this.ranges.push(range);
        }
        return;
    }
  }

  text(text: string): void {
    if (this.collect === undefined) return;
    if (this.collect === 'formula') this.formula += text;
    else this.value += text;
    if (this.rowChars + this.value.length + this.formula.length > MAX_RECORD_BYTES) this.tooLong();
  }

  tooLong(): never {
    const cell = this.column < 0 ? undefined : cellReference(this.column + 1, this.row);
    throw new DuibiaoError(
      'cell-too-large',
      say(
        'workbook.cellTooLarge',
        this.context.file,
        visible(this.context.sheet),
        this.row,
        cell ?? '',
        MAX_RECORD_BYTES / 1024 / 1024,
      ),
    );
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        this.collect = undefined;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c': {
        const text = this.cellText();
        this.rowChars += text.length;
        if (this.rowChars > MAX_RECORD_BYTES) this.tooLong();
        if (text !== '') {
          const { record, column } = this;
          for (let i = record.length; i < column; i++) record.push('');
          record[column] = text;
          this.filled ||= text.trim() !== '';
        }
        return;
      }
      case 'row':
        this.endRow();
        return;
    }
  }

  private endRow(): void {
    if (!this.filled) {
      if (this.started && this.blanks.length < MAX_BLANK_RUN) this.blanks.push(this.row);
      return;
    }
    this.started = true;
    const { records, lines } = this.batch;
    for (const line of this.blanks) {
      records.push([]);
      lines.push(line);
    }
    this.blanks = [];
    const record = this.record;
    this.widest = Math.max(this.widest, record.length);
    const width = Math.min(this.width, Math.max(PAD_FLOOR, this.widest));
    while (record.length < width) record.push('');
    this.fill?.apply(record, this.row);
    this.chars += this.rowChars;
    records.push(record);
    lines.push(this.row);
  }

  /**
   * The cell's text as the sheet shows it. A formula without a value (or with an empty one, but for
   * a text result) was never computed: it is handed on marked, to be its cell's problem.
   */
  private cellText(): string {
    const { value, type, context } = this;
    if (this.hasFormula && (!this.hasValue || (value === '' && type !== 'str'))) return uncomputedText(this.formula);
    switch (type) {
      case 's': {
        const text = context.strings[Number(value)];
        if (text === undefined) this.broken(say('workbook.sharedString', visible(value), context.strings.length));
        return text;
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return value;
      case 'b':
        return value === '' ? '' : booleanText(value === '1' || value === 'true');
      case 'd':
        return value.slice(0, 10);
      default: {
        if (value === '') return '';
        const shape = context.shapes[this.style] ?? 'number';
        // Most cells hold what was typed, in at most 15 digits: that text is already the number shown.
        if (shape === 'number' && isShortDecimal(value)) return value;
        const number = Number(value);
        if (Number.isNaN(number)) return value;
        return shape === 'number' ? numberText(number) : shapedText(number, shape, context.date1904);
      }
    }
  }

  private broken(what: Text): never {
    throw new DuibiaoError(
      'format-error',
      say('workbook.notReadable', this.context.file, say('workbook.sheetPart', visible(this.part), this.row, what)),
    );
  }
}
