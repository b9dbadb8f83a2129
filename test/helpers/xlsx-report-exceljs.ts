// The xlsx report: 总览 (every county-year × every target), 明细 (one row per verdict, as csv), 数据问题
// (Overview, Details, Data problems under --lang en). Every sheet prints on A4 landscape, one page
// wide, its heading row on each page (print.ts); a ratio's figures are numbers shown as percentages.
// Written row by row with exceljs's streaming writer straight to the report's file as its chunks
// are packed: the findings and problems are read one at a time, wherever the run keeps them
// (report/parts.ts), and 总览 keeps one compact row per county-year. A sheet that would pass
// Excel's row limit goes on in a further sheet (明细 2, 明细 3 …).
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CheckResult, Status, Verdict } from '../../src/model/types.js';
import { allFindings, allProblems } from '../../src/report/parts.js';
import { asOfText } from '../../src/report/words.js';
import { visible } from '../../src/model/visible.js';
import type { BinaryReporter } from '../../src/report/types.js';
import { textCell } from '../../src/report/xlsx/cells.js';
import { OverviewRows } from '../../src/report/xlsx/overview-rows.js';
import { ColumnWidths, numberFormat, PRINT, type ColumnBounds } from '../../src/report/xlsx/print.js';
import { fillOf, headingRow } from '../../src/report/xlsx/style.js';
import { HEADINGS, PROBLEM_LEVEL, SCOPE, SEVERITY, SHEETS, STATUS_TEXT, WORDS } from '../../src/report/xlsx/words.js';

/** The rows of a sheet Excel opens whole, its heading row included. */
export const EXCEL_ROWS = 1_048_576;

export interface WorkbookLimits {
  /** Rows of a sheet, its heading row included, before the rest goes on in the next sheet. */
  sheetRows: number;
}

export const xlsx: BinaryReporter = (result) => workbookChunks(result, { sheetRows: EXCEL_ROWS });

/** The workbook's bytes as exceljs packs them, read as they come; an error ends the reading. */
export function workbookChunks(result: CheckResult, limits: WorkbookLimits): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  write(result, out, limits).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function write(result: CheckResult, out: PassThrough, limits: WorkbookLimits): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = `${result.tool.name} ${result.tool.version}`;
  const rules = result.rules;
  const header = pageHeader(result);
  // Read first, so that the workbook's sheets are written one after another, each once.
  // The loop turns now and then as they are read, as it does between the rows written below.
  const overviewRows = await OverviewRows.read(allFindings(result), rules, () => new Promise(setImmediate));

  const overview = new PagedSheet(book, out, limits, {
    name: SHEETS.overview,
    xSplit: 3,
    // A target's column is as wide as its verdicts; its title wraps in the heading row.
    columns: [
      { min: 8, max: 24 },
      { min: 6, max: 10 },
      { min: 8, max: 12 },
      ...rules.map(() => ({ min: 10, max: 12 })),
    ],
    headings: [HEADINGS.county, HEADINGS.year, HEADINGS.met, ...rules.map((rule) => textCell(rule.title))],
    headingHeight: 60,
    filter: false,
    header,
  });
  for (const row of overviewRows.ranked()) {
    await overview.add(
      [
        textCell(row.county ?? ''),
        row.period ?? row.year,
        `${row.met}/${row.applicable}`,
        ...row.statuses.map((status) => (status === undefined ? '' : STATUS_TEXT[status])),
      ],
      (column) => {
        // A target of another table than the row's has no verdict here: its cell stays blank.
        const status = column >= 4 ? row.statuses[column - 4] : undefined;
        return status === undefined ? undefined : { fill: status };
      },
    );
  }
  await overview.finish();

  const titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  const figures = new Map(rules.map((rule) => [rule.id, rule.figures]));
  const detail = new PagedSheet(book, out, limits, {
    name: SHEETS.detail,
    xSplit: 0,
    columns: [
      { min: 8, max: 24 },
      { min: 6, max: 10 },
      { min: 8, max: 36 },
      { min: 10, max: 30 },
      { min: 8, max: 14 },
      { min: 6, max: 10 },
      { min: 8, max: 14 },
      { min: 8, max: 14 },
      { min: 20, max: 60 },
      { min: 8, max: 30 },
      { min: 6, max: 20 },
      { min: 5, max: 8 },
      { min: 6, max: 12 },
    ],
    wrap: [9, 10, 11],
    headings: [
      HEADINGS.county,
      HEADINGS.year,
      HEADINGS.rule,
      HEADINGS.title,
      HEADINGS.status,
      HEADINGS.severity,
      HEADINGS.actual,
      HEADINGS.target,
      HEADINGS.message,
      HEADINGS.file,
      HEADINGS.sheet,
      HEADINGS.line,
      HEADINGS.scope,
    ],
    filter: true,
    header,
  });
  for (const v of allFindings(result)) {
    const values = [
      textCell(v.county ?? ''),
      v.period ?? v.year,
      v.rule,
      textCell(titles.get(v.rule) ?? v.rule),
      STATUS_TEXT[v.status],
      SEVERITY[v.severity],
      figure(v.actual),
      figure(v.target),
      textCell(v.message),
      textCell(v.location?.file ?? ''),
      // Which sheet of a workbook the row is on; blank for a CSV file.
      textCell(v.location?.sheet ?? ''),
      v.location?.line ?? null,
      SCOPE[v.scope],
    ];
    const shown = figures.get(v.rule);
    await detail.add(values, (column) => {
      if (column === 5) return { fill: v.status };
      if (shown === undefined) return undefined;
      if (column === 7 && typeof v.actual === 'number') return { numFmt: numberFormat(shown) };
      if (column === 8 && typeof v.target === 'number') return { numFmt: numberFormat(shown) };
      return undefined;
    });
  }
  await detail.finish();

  const problems = new PagedSheet(book, out, limits, {
    name: SHEETS.problems,
    xSplit: 0,
    columns: [
      { min: 10, max: 36 },
      { min: 6, max: 20 },
      { min: 5, max: 8 },
      { min: 6, max: 24 },
      { min: 6, max: 10 },
      { min: 10, max: 28 },
      { min: 20, max: 80 },
    ],
    wrap: [1, 2, 7],
    headings: [
      HEADINGS.file,
      HEADINGS.sheet,
      HEADINGS.line,
      HEADINGS.column,
      HEADINGS.severity,
      HEADINGS.code,
      HEADINGS.message,
    ],
    filter: true,
    header,
  });
  for (const p of allProblems(result)) {
    await problems.add([
      textCell(p.file),
      textCell(p.sheet ?? ''),
      p.line,
      textCell(p.column ?? ''),
      PROBLEM_LEVEL[p.level],
      p.code,
      textCell(p.message),
    ]);
  }
  await problems.finish();
  await book.commit();
}

function figure(value: Verdict['actual']): number | string | null {
  return typeof value === 'boolean' ? (value ? WORDS.yes : WORDS.no) : value;
}

type Sheet = ExcelJS.Worksheet & { commit(): Promise<void> | void };
/** The stream between a sheet's XML and the zip. */
type Queue = Writable & { _writableState?: { needDrain?: boolean } };
type Cell = string | number | null;
/** What a cell adds to its column's style: a verdict's fill, a number format. */
interface Look {
  fill?: Status;
  numFmt?: string;
}
/** A row's look, column by column (1-based); undefined: the column's own. */
type Looks = (column: number) => Look | undefined;

/** A wrapping column's alignment. */
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** Rows whose text sizes the columns: the first of each sheet, held in memory until they are written. */
const SAMPLE_ROWS = 1000;

interface SheetLayout {
  name: string;
  /** Columns kept in view as the sheet scrolls sideways. */
  xSplit: number;
  /** How wide each column may be; its width is that of what it holds, within these bounds. */
  columns: ColumnBounds[];
  /** The columns (1-based) whose text wraps at the column's edge rather than being cut there when printed. */
  wrap?: number[];
  headings: string[];
  headingHeight?: number;
  /** An autofilter over every column and row. */
  filter: boolean;
  /** The header of each printed page, in Excel's codes. */
  header: string;
}

/** Each printed page says whose targets and when they were judged, as the other reports' heads do. */
function pageHeader(result: CheckResult): string {
  // In Excel's header codes & starts a code; && is an ampersand.
  const text = (value: string): string => visible(value).slice(0, 100).replace(/&/g, '&&');
  return `&L${text(result.pack.title)}&R${text(asOfText(result))}`;
}

/**
 * One sheet of the report, as many sheets as Excel's row limit asks: each with the heading row,
 * panes and filter of the first, named 明细, 明细 2, 明细 3 ….
 */
class PagedSheet {
  private sheet: Sheet | undefined;
  private part = 0;
  private rows = 0;
  /** The first rows, held until the columns' widths are known from them (and the headings). */
  private pending: { values: Cell[]; looks: Looks | undefined }[] = [];
  private readonly sample: ColumnWidths;
  private widths: number[] | undefined;
  /**
   * Each cell's style, one object for every cell that looks alike: exceljs finds the style of an
   * object it has seen by the object, and renders any other to XML to find it, cell by cell.
   */
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  private readonly wrap: ReadonlySet<number>;

  constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly out: PassThrough,
    private readonly limits: WorkbookLimits,
    private readonly layout: SheetLayout,
  ) {
    this.sample = new ColumnWidths(layout.columns);
    this.sample.add(layout.headings);
    this.wrap = new Set(layout.wrap);
  }

  async add(values: Cell[], looks?: Looks): Promise<void> {
    if (this.widths === undefined) {
      this.sample.add(values);
      this.pending.push({ values, looks });
      if (this.pending.length >= SAMPLE_ROWS) await this.flush();
      return;
    }
    await this.write(values, looks);
  }

  /** The widths from the rows held, which are then written. */
  private async flush(): Promise<void> {
    this.widths = this.sample.widths();
    const held = this.pending;
    this.pending = [];
    for (const { values, looks } of held) await this.write(values, looks);
  }

  private async write(values: Cell[], looks: Looks | undefined): Promise<void> {
    if (this.sheet === undefined || this.rows + 1 >= this.limits.sheetRows) await this.next();
    const row = this.sheet!.addRow(values);
    for (let column = 1; column <= values.length; column++)
      row.getCell(column).style = this.styleOf(column, values[column - 1]!, looks?.(column));
    row.commit();
    this.rows++;
    if (this.rows % 64 === 0) await this.room();
  }

  /**
   * The style a cell has as exceljs would make it (its column's, then its look), shared. The kind
   * of value is part of the key: exceljs gives a number with no format of its own the General one.
   */
  private styleOf(column: number, value: Cell, look: Look | undefined): Partial<ExcelJS.Style> {
    const key = `${column}|${typeof value}|${look?.fill ?? ''}|${look?.numFmt ?? ''}`;
    let style = this.styles.get(key);
    if (style === undefined) {
      style = {};
      if (look?.numFmt !== undefined) style.numFmt = look.numFmt;
      if (this.wrap.has(column)) style.alignment = WRAP;
      if (look?.fill !== undefined) style.fill = fillOf(look.fill);
      this.styles.set(key, style);
    }
    return style;
  }

  /** Commits the last sheet: a sheet with no rows still has its heading. */
  async finish(): Promise<void> {
    if (this.widths === undefined) await this.flush();
    if (this.sheet === undefined) await this.next();
    await this.close();
  }

  private async next(): Promise<void> {
    await this.close();
    this.part++;
    const { layout } = this;
    const name = this.part === 1 ? layout.name : WORDS.continuedSheet(layout.name, this.part);
    // The streaming writer writes the page setup's fit-to-page as it makes the sheet: it is given here.
    const sheet = this.book.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: layout.xSplit, ySplit: 1 }],
      headerFooter: { oddHeader: layout.header },
      pageSetup: PRINT,
    }) as Sheet;
    // A wrapping column's style is each of its cells' (and Excel's for a cell typed into it).
    sheet.columns = this.widths!.map((width, index) =>
      this.wrap.has(index + 1) ? { width, style: { alignment: WRAP } } : { width },
    );
    const head = sheet.addRow([...layout.headings]);
    headingRow(head);
    if (layout.headingHeight !== undefined) head.height = layout.headingHeight;
    head.commit();
    this.sheet = sheet;
    this.rows = 0;
  }

  private async close(): Promise<void> {
    const sheet = this.sheet;
    if (sheet === undefined) return;
    this.sheet = undefined;
    // Written when the sheet is committed, after its rows: now that their number is known.
    if (this.layout.filter)
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: this.rows + 1, column: this.layout.headings.length },
      };
    sheet.commit();
    await this.room();
  }

  /**
   * Waits while the packed rows are not yet taken: exceljs hands each sheet's XML to the zip
   * through a stream whose back-pressure it does not heed, so without this wait a sheet of a
   * million rows would be held whole in memory before it is compressed.
   */
  private async room(): Promise<void> {
    if (this.out.destroyed) throw new Error('the workbook is no longer read');
    // archiver's PassThrough is readable-stream 2's, which has no `writableNeedDrain`.
    const queue = (this.sheet as unknown as { _stream?: { pipes?: Queue[] } } | undefined)?._stream?.pipes?.[0];
    if (queue?._writableState?.needDrain === true) {
      const out = this.out;
      await new Promise<void>((resolve) => {
        const go = (): void => {
          queue.off('drain', go);
          out.off('close', go);
          resolve();
        };
        queue.on('drain', go);
        out.on('close', go);
      });
    } else await new Promise((resolve) => setImmediate(resolve));
  }
}
