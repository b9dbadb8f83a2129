// A SpreadsheetML workbook written as it streams: each sheet's XML made row by row and deflated
// into the zip as it is made, the parts that name the sheets (workbook, relationships, content
// types) and the tables the cells point into (styles, shared strings) written after the last
// sheet, when all are known. What a sheet holds: column widths and styles, frozen panes, an
// autofilter, the print setup (paper, orientation, fit to pages, margins, a page header), the
// heading rows repeated on each printed page.
import type { Crc32, Deflater } from './deflate.js';
import { SharedStrings } from './strings.js';
import { StyleTable } from './styles.js';
import { columnLetters, escapeXml, markup, needsPreserve, XML_HEAD, XmlBytes } from './xml.js';
import { ZipWriter } from './zip.js';

export type Cell = string | number | null;

/** A row's cells, and the style of each (StyleTable ids; 0 or absent: none). */
export interface SheetRow {
  values: readonly Cell[];
  styles?: readonly number[];
}

export interface PageSetup {
  /** Excel's paper code: 9 is A4. */
  paperSize: number;
  orientation: 'landscape' | 'portrait';
  /** Pages wide and long to fit the sheet to; 0 long: as many as the rows need. */
  fitToWidth: number;
  fitToHeight: number;
  horizontalCentered: boolean;
  /** In inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface SheetSetup {
  name: string;
  /**
   * Where the sheet stands among the workbook's tabs: by this number, then as written (0 unless
   * given). A sheet may so be written after one it stands behind, as its rows come.
   */
  order?: number;
  /** Each column's width, in Excel's units, and its style (the look of a cell typed into it). */
  columns: readonly { width: number; style?: number }[];
  /** Columns and rows kept in view as the sheet scrolls. */
  freeze: { columns: number; rows: number };
  /** The heading rows, written first, repeated at the top of each printed page. */
  headings: readonly SheetRow[];
  headingHeight?: number;
  /** The style of the heading rows' empty cells. */
  headingRowStyle?: number;
  /** An autofilter over every column, from the first heading row to the last row. */
  filter: boolean;
  /**
   * The columns (0-based) whose text is written in each cell, never shared: text that seldom
   * repeats (a verdict's message), which would only fill the shared-string table.
   */
  unshared?: ReadonlySet<number>;
  page: PageSetup;
  /** The header of each printed page, in Excel's codes (`&L…&R…`). */
  header?: string;
}

export interface WorkbookOptions {
  deflate: Deflater;
  crc32: Crc32;
  creator: string;
  /** Repeating text of a sheet's cells in a shared-string table rather than in each cell. */
  sharedStrings: boolean;
  when?: Date;
}

/**
 * The XML of a sheet is handed on in pieces of about this many bytes, each written straight into
 * bytes (xml.ts, `XmlBytes`): made as strings, joined and encoded, the pieces' flattening, encoding
 * and collection were most of the report's CPU time (docs/performance.md).
 */
const PIECE = 64 * 1024;

// A cell's kinds, and the markup that opens its value and closes the cell.
const NUMBER = 0;
const EMPTY = 1;
const SHARED = 2;
const INLINE = 3;
const PRESERVED = 4;
const KINDS = 5;
const OPENS = ['><v>', '/>', ' t="s"><v>', ' t="inlineStr"><is><t>', ' t="inlineStr"><is><t xml:space="preserve">'];
const NONE = new Uint8Array(0);
const CELL = markup('<c');
const CELL_AT = markup('<c r="');
const QUOTE = markup('"');
const END_VALUE = markup('</v></c>');
const END_INLINE = markup('</t></is></c>');

export class WorkbookWriter {
  private readonly zip: ZipWriter;
  readonly styles = new StyleTable();
  private readonly strings: SharedStrings | undefined;
  /** The sheets as written (sheet1.xml, sheet2.xml …): their names, heading rows and place among the tabs. */
  private readonly sheets: { name: string; headings: number; order: number }[] = [];
  private readonly letters: string[] = [''];
  /** The rest of a cell's start tag after its reference, by its style and kind (`open`). */
  private readonly tags: Uint8Array[] = Array.from({ length: 256 * KINDS }, () => NONE);
  /** Each column's last shared text and its number: most repeat the row above's. */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastId: number[] = [];
  /** Where a sheet's XML is written, a piece at a time. */
  private readonly out = new XmlBytes(PIECE);
  private readonly when: Date;

  constructor(private readonly options: WorkbookOptions) {
    this.when = options.when ?? new Date();
    this.zip = new ZipWriter(options.deflate, options.crc32, this.when);
    this.strings = options.sharedStrings ? new SharedStrings() : undefined;
  }

  /**
   * A sheet: its headings, then rows taken from `rows` until it ends or the sheet holds `maxRows`
   * rows (its headings included); the zip's bytes as they are made. Returns how many rows it took.
   */
  async *sheet(setup: SheetSetup, rows: Iterator<SheetRow>, maxRows: number): AsyncGenerator<Uint8Array, number> {
    this.sheets.push({ name: setup.name, headings: setup.headings.length, order: setup.order ?? 0 });
    const taken = { rows: 0 };
    yield* this.zip.entry(`xl/worksheets/sheet${this.sheets.length}.xml`, this.sheetXml(setup, rows, maxRows, taken));
    return taken.rows;
  }

  private *sheetXml(
    setup: SheetSetup,
    rows: Iterator<SheetRow>,
    maxRows: number,
    taken: { rows: number },
  ): Generator<Uint8Array> {
    const width = Math.max(setup.columns.length, ...setup.headings.map((row) => row.values.length));
    while (this.letters.length <= width) this.letters.push(columnLetters(this.letters.length));
    const out = this.out;
    out.xml(XML_HEAD + sheetHead(setup));
    let r = 0;
    for (const heading of setup.headings) {
      r++;
      let attributes = `r="${r}"`;
      if (setup.headingHeight !== undefined) attributes += ` ht="${setup.headingHeight}" customHeight="1"`;
      if (setup.headingRowStyle) attributes += ` s="${setup.headingRowStyle}" customFormat="1"`;
      out.ascii(`<row ${attributes}>`);
      this.cells(heading, r, undefined);
      out.ascii('</row>');
    }
    while (r < maxRows) {
      const next = rows.next();
      if (next.done === true) break;
      r++;
      taken.rows++;
      out.ascii('<row r="');
      out.int(r);
      out.ascii('">');
      this.cells(next.value, r, setup.unshared);
      out.ascii('</row>');
      if (out.size >= PIECE) yield out.take();
    }
    let tail = '</sheetData>';
    if (setup.filter) tail += `<autoFilter ref="A1:${this.letters[width]}${r}"/>`;
    out.xml(tail + sheetTail(setup));
    yield out.take();
  }

  private cells(row: SheetRow, r: number, unshared: ReadonlySet<number> | undefined): void {
    const { values, styles } = row;
    const out = this.out;
    // The column a cell without a reference would be taken for: the one after the last cell
    // written. None before the first, which always names its place (exceljs's reader needs it).
    let next = -1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const style = styles?.[i] ?? 0;
      let string: string;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) {
          this.open(i, next, r, style, NUMBER);
          out.number(value);
          out.bytes(END_VALUE);
          next = i + 1;
          continue;
        }
        string = String(value);
      } else string = value;
      if (string === '') {
        if (style !== 0) {
          this.open(i, next, r, style, EMPTY);
          next = i + 1;
        }
        continue;
      }
      let id: number | undefined;
      if (string === this.lastText[i]) id = this.strings!.idOf(string, this.lastId[i]);
      else if (unshared?.has(i) !== true && this.strings !== undefined) {
        id = this.strings.idOf(string);
        if (id !== undefined) {
          this.lastText[i] = string;
          this.lastId[i] = id;
        }
      }
      if (id !== undefined) {
        this.open(i, next, r, style, SHARED);
        out.int(id);
        out.bytes(END_VALUE);
      } else {
        this.open(i, next, r, style, needsPreserve(string) ? PRESERVED : INLINE);
        out.text(string);
        out.bytes(END_INLINE);
      }
      next = i + 1;
    }
  }

  /**
   * A cell's start tag and what opens its value: its reference only where its place is not the
   * one after the cell before it (ECMA-376 makes `r` optional; Excel, LibreOffice, openpyxl and
   * SheetJS take a cell without it for the next column), which saves a quarter of a 明细 row's
   * bytes; its style; its type.
   */
  private open(column: number, next: number, r: number, style: number, kind: number): void {
    const out = this.out;
    const key = style * KINDS + kind;
    let rest = key < this.tags.length ? this.tags[key]! : NONE;
    if (rest.length === 0) {
      rest = markup(`${style === 0 ? '' : ` s="${style}"`}${OPENS[kind]}`);
      if (key < this.tags.length) this.tags[key] = rest;
    }
    if (column === next) out.bytes(CELL);
    else {
      out.bytes(CELL_AT);
      out.ascii(this.letters[column + 1]!);
      out.int(r);
      out.bytes(QUOTE);
    }
    out.bytes(rest);
  }

  /** The parts that name the sheets and the tables the cells point into, then the zip's directory. */
  async *finish(): AsyncGenerator<Uint8Array> {
    const part = async function* (this: WorkbookWriter, path: string, text: string | Iterable<string>) {
      yield* this.zip.entry(path, typeof text === 'string' ? [text] : text);
    }.bind(this);
    yield* part('[Content_Types].xml', this.contentTypes());
    yield* part('_rels/.rels', ROOT_RELS);
    yield* part('docProps/core.xml', this.core());
    yield* part('docProps/app.xml', APP);
    yield* part('xl/workbook.xml', this.workbook());
    yield* part('xl/_rels/workbook.xml.rels', this.workbookRels());
    yield* part('xl/styles.xml', this.styles.xml());
    if (this.strings !== undefined) yield* part('xl/sharedStrings.xml', this.strings.xml());
    yield this.zip.end();
  }

  private contentTypes(): string {
    const sheets = this.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    return (
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      (this.strings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>'
    );
  }

  private core(): string {
    const when = this.when.toISOString().replace(/\.\d+Z$/, 'Z');
    return (
      XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${escapeXml(this.options.creator)}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
      '</cp:coreProperties>'
    );
  }

  private workbook(): string {
    // The tabs in their order; each names its part by its place as written (rId1 is sheet1.xml).
    const tabs = this.sheets
      .map((sheet, written) => ({ ...sheet, written }))
      .sort((a, b) => a.order - b.order || a.written - b.written);
    const sheets = tabs
      .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${sheet.written + 1}"/>`)
      .join('');
    // The heading rows printed at the top of each page: a name Excel keeps per sheet, by its tab.
    const titles = tabs
      .map((sheet, i) =>
        sheet.headings > 0
          ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(sheet.name))}!$1:$${sheet.headings}</definedName>`
          : '',
      )
      .join('');
    return (
      XML_HEAD +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<bookViews><workbookView/></bookViews>' +
      `<sheets>${sheets}</sheets>` +
      (titles ? `<definedNames>${titles}</definedNames>` : '') +
      '</workbook>'
    );
  }

  private workbookRels(): string {
    const n = this.sheets.length;
    const sheets = this.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    return (
      XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets +
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      (this.strings
        ? `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
        : '') +
      '</Relationships>'
    );
  }
}

/** A sheet's name as a formula names it: in quotes, a quote in it doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Everything before the rows: print fit, panes, columns. */
function sheetHead(setup: SheetSetup): string {
  const { columns: x, rows: y } = setup.freeze;
  let pane = '';
  if (x > 0 || y > 0) {
    const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
    const split = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
    pane = `<pane${split} topLeftCell="${columnLetters(x + 1)}${y + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  let cols = '';
  // Neighbouring columns alike are one <col> element, as Excel writes them.
  for (let i = 0; i < setup.columns.length;) {
    const { width, style } = setup.columns[i]!;
    let j = i;
    while (
      j + 1 < setup.columns.length &&
      setup.columns[j + 1]!.width === width &&
      setup.columns[j + 1]!.style === style
    )
      j++;
    cols += `<col min="${i + 1}" max="${j + 1}" width="${width}"${style ? ` style="${style}"` : ''} customWidth="1"/>`;
    i = j + 1;
  }
  return (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** Everything after the rows and the autofilter: how the sheet prints. */
function sheetTail(setup: SheetSetup): string {
  const { page } = setup;
  const m = page.margins;
  return (
    (page.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>` +
    (setup.header ? `<headerFooter><oddHeader>${escapeXml(setup.header)}</oddHeader></headerFooter>` : '') +
    '</worksheet>'
  );
}

const ROOT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const APP =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>duibiao</Application></Properties>';
