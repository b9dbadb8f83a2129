// Streams one sheet of an .xlsx workbook into records of cell text, with its row numbers as lines:
// a batch at a time, never the whole sheet.
import { DuibiaoError } from '../errors.js';
import { visible } from '../model/visible.js';
import type { RecordBatch } from './csv.js';
import { booleanText, columnOf, isShortDecimal, numberText, shapedText, type NumberShape } from './excel-values.js';
import { XmlPart, type XmlHandlers } from './xml.js';
import type { ZipEntry, ZipFile } from './zip.js';
import { section } from '../words/words.js';

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** Blank rows are kept, as CSV keeps blank lines, only up to this many in a row before data. */
const MAX_BLANK_RUN = 1000;
const BATCH = 200;
const WORDS = section('workbook');

/** What every sheet of a workbook reads its cells through. */
export interface SheetContext {
  file: string;
  strings: string[];
  shapes: NumberShape[];
  date1904: boolean;
}

/** A sheet the workbook lists but does not hold: no rows. */
export async function* noRecords(): AsyncGenerator<RecordBatch> {}

/** A sheet's rows as records of cell text, streamed: a batch at a time, never the whole sheet. */
export async function* sheetRecords(zip: ZipFile, entry: ZipEntry, context: SheetContext): AsyncGenerator<RecordBatch> {
  const rows = new SheetRows(context, entry.name);
  const xml = new XmlPart(context.file, entry.name, rows);
  for await (const chunk of zip.stream(entry)) {
    xml.write(chunk);
    if (rows.batch.records.length >= BATCH) yield rows.take();
  }
  xml.end();
  if (rows.batch.records.length > 0) yield rows.take();
}

/** The state of a sheet's XML as it streams past: the row and cell being read. */
class SheetRows implements XmlHandlers {
  batch: RecordBatch = { records: [], lines: [] };
  private row = 0;
  private record: string[] = [];
  private filled = false;
  private column = -1;
  private type = '';
  private style = 0;
  private value = '';
  private formula = '';
  private hasValue = false;
  private collect: 'value' | 'formula' | 'inline' | undefined;
  private phonetic = 0;
  /** The sheet's used width, from its dimension: every record is as wide, as in Excel's CSV. */
  private width = 0;
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
        if (!Number.isInteger(at) || at <= this.row || at > MAX_ROWS) this.broken(WORDS.rowNumber(visible(String(attributes.r)), this.row));
        // Rows absent from the XML are blank rows; before the first data they say nothing.
        if (this.started) for (let line = this.row + 1; line < at && this.blanks.length < MAX_BLANK_RUN; line++) this.blanks.push(line);
        this.row = at;
        this.record = [];
        this.filled = false;
        this.column = -1;
        return;
      }
      case 'c': {
        const at = attributes.r === undefined ? this.column + 1 : columnOf(attributes.r);
        if (at < 0 || at >= MAX_COLUMNS) this.broken(WORDS.cellReference(visible(String(attributes.r))));
        this.column = at;
        this.type = attributes.t ?? 'n';
        this.style = attributes.s === undefined ? 0 : Number(attributes.s);
        this.value = '';
        this.formula = '';
        this.hasValue = false;
        return;
      }
      case 'v':
        this.collect = 'value';
        this.hasValue = true;
        return;
      case 'f':
        this.collect = 'formula';
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        if (this.phonetic === 0) this.collect = 'inline';
        return;
    }
  }

  text(text: string): void {
    if (this.collect === 'formula') this.formula += text;
    else if (this.collect !== undefined) this.value += text;
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
    while (record.length < this.width) record.push('');
    records.push(record);
    lines.push(this.row);
  }

  /** The cell's text as the sheet shows it; a formula never computed shows as its formula. */
  private cellText(): string {
    const { value, type, context } = this;
    switch (type) {
      case 's': {
        const text = context.strings[Number(value)];
        if (text === undefined) this.broken(WORDS.sharedString(visible(value), context.strings.length));
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
        if (!this.hasValue || value === '') return this.formula === '' ? '' : `=${this.formula}`;
        const shape = context.shapes[this.style] ?? 'number';
        // Most cells hold what was typed, in at most 15 digits: that text is already the number shown.
        if (shape === 'number' && isShortDecimal(value)) return value;
        const number = Number(value);
        if (Number.isNaN(number)) return value;
        return shape === 'number' ? numberText(number) : shapedText(number, shape, context.date1904);
      }
    }
  }

  private broken(what: string): never {
    throw new DuibiaoError('format-error', WORDS.notReadable(this.context.file, WORDS.sheetPart(visible(this.part), this.row, what)));
  }
}
