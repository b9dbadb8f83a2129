// Reads an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice save it) sheet by
// sheet, streaming each sheet's XML into records of cell text, with its row numbers as lines.
import { DuibiaoError } from '../errors.js';
import type { RecordBatch } from './csv.js';
import { booleanText, columnOf, numberText, shapedText, shapeOf, type NumberShape } from './excel-values.js';
import { visible } from '../model/visible.js';
import type { OpenedWorkbook, WorkbookSheet } from './workbook-types.js';
import { readXmlPart, XmlPart, type XmlHandlers } from './xml.js';
import { ZipFile, type ZipEntry } from './zip.js';

/** Shared strings are held in memory while the sheets are read: beyond this a file is refused. */
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** Blank rows are kept, as CSV keeps blank lines, only up to this many in a row before data. */
const MAX_BLANK_RUN = 1000;
const BATCH = 200;

interface Context {
  file: string;
  strings: string[];
  shapes: NumberShape[];
  date1904: boolean;
}

export async function openXlsx(file: string): Promise<OpenedWorkbook> {
  const zip = await ZipFile.open(file);
  try {
    const entry = (name: string): ZipEntry | undefined => zip.entries.get(name);
    const main = entry('xl/workbook.xml');
    if (!main) throw new DuibiaoError('format-error', `${file}: not a readable workbook: it is a zip file without xl/workbook.xml`);
    const book = await workbookPart(zip, main, file);
    const targets = await relationships(zip, entry('xl/_rels/workbook.xml.rels'), file);
    const stringsEntry = entry('xl/sharedStrings.xml');
    if (stringsEntry && stringsEntry.size > MAX_SHARED_STRINGS_BYTES) {
      throw new DuibiaoError('workbook-too-large', `${file}: refused: its shared strings declare ${stringsEntry.size} bytes`);
    }
    const context: Context = {
      file,
      strings: stringsEntry ? await sharedStrings(zip, stringsEntry, file) : [],
      shapes: await styleShapes(zip, entry('xl/styles.xml'), file),
      date1904: book.date1904,
    };
    const sheets: WorkbookSheet[] = book.sheets.map(({ name, rel }) => {
      const target = targets.get(rel);
      const sheetEntry = target === undefined ? undefined : entry(target);
      return { name, records: () => (sheetEntry ? sheetRecords(zip, sheetEntry, context) : noRecords()) };
    });
    return { format: 'xlsx', sheets, close: () => zip.close() };
  } catch (error) {
    await zip.close();
    throw error;
  }
}

async function* noRecords(): AsyncGenerator<RecordBatch> {}

async function workbookPart(zip: ZipFile, entry: ZipEntry, file: string): Promise<{ sheets: { name: string; rel: string }[]; date1904: boolean }> {
  const sheets: { name: string; rel: string }[] = [];
  let date1904 = false;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      else if (name === 'sheet') sheets.push({ name: attributes.name ?? '', rel: attributes['r:id'] ?? relId(attributes) });
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** The relationship id of a sheet whose namespace prefix is not `r`. */
function relId(attributes: Readonly<Record<string, string>>): string {
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(':id')) return value;
  return '';
}

async function relationships(zip: ZipFile, entry: ZipEntry | undefined, file: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  if (!entry) return targets;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.Id === undefined || attributes.Target === undefined) return;
      const target = attributes.Target.replace(/\\/g, '/');
      targets.set(attributes.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
    close() {},
    text() {},
  });
  return targets;
}

/** The shared strings, each the text of its runs; phonetic guides (rPh) are not part of the text. */
async function sharedStrings(zip: ZipFile, entry: ZipEntry, file: string): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') strings.push(text);
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(part) {
      if (inText) text += part;
    },
  });
  return strings;
}

/** For each cell format (`s` of a cell), how it shows a number. */
async function styleShapes(zip: ZipFile, entry: ZipEntry | undefined, file: string): Promise<NumberShape[]> {
  const shapes: NumberShape[] = [];
  if (!entry) return shapes;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        shapes.push(shapeOf(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return shapes;
}

/** Plain decimal digits (a sign, one point) with at most 15 of them: Excel's own 15 significant digits. */
function isShortDecimal(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 16) return false;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (!(code === 46 || (code === 45 && i === 0))) return false;
  }
  return digits > 0 && digits <= 15 && !(text.charCodeAt(0) === 48 && length > 1 && text.charCodeAt(1) !== 46);
}

/** A sheet's rows as records of cell text, streamed: a batch at a time, never the whole sheet. */
async function* sheetRecords(zip: ZipFile, entry: ZipEntry, context: Context): AsyncGenerator<RecordBatch> {
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
    private readonly context: Context,
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
        if (!Number.isInteger(at) || at <= this.row || at > MAX_ROWS) this.broken(`row number '${attributes.r}' after row ${this.row}`);
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
        if (at < 0 || at >= MAX_COLUMNS) this.broken(`cell reference '${attributes.r}'`);
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
        if (text === undefined) this.broken(`shared string ${value}, of ${context.strings.length}`);
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
    throw new DuibiaoError('format-error', `${this.context.file}: not a readable workbook: ${visible(this.part)}: row ${this.row}: unreadable ${visible(what)}`);
  }
}
