// The xlsx report: 总览 (every county-year × every target), 明细 (one row per verdict, as csv), 数据问题
// (Overview, Details, Data problems under --lang en). Every sheet prints on A4 landscape, one page
// wide, its heading row on each page (print.ts); a ratio's figures are numbers shown as percentages.
// Written by the workbook writer of writer/, row by row, each sheet's XML deflated into the zip as
// it is made and handed on as the zip's bytes: the findings and problems are read one at a time,
// wherever the run keeps them (report/parts.ts), and 总览 keeps one compact row per county-year.
// A sheet that would pass Excel's row limit goes on in a further sheet (明细 2, 明细 3 …).
import * as zlib from 'node:zlib';
import type { CheckResult, Status, ShownVerdict as Verdict } from '../../model/types.js';
import { visible } from '../../model/visible.js';
import { allFindings, allProblems } from '../parts.js';
import type { BinaryReporter } from '../types.js';
import { asOfText } from '../words.js';
import { textCell } from './cells.js';
import { OverviewRows } from './overview-rows.js';
import { ColumnWidths, numberFormat, PAGE, type ColumnBounds } from './print.js';
import { FILL, HEADING_FILL } from './style.js';
import {
  HEADINGS,
  PROBLEM_LEVEL as PROBLEM_WORDS,
  SCOPE as SCOPE_WORDS,
  SEVERITY as SEVERITY_WORDS,
  SHEETS,
  STATUS_TEXT as STATUS_WORDS,
  WORDS,
} from './words.js';
import { crc32 as jsCrc32, nodeDeflater, type Crc32, type Deflater } from './writer/deflate.js';
import { WorkbookWriter, type Cell, type SheetRow } from './writer/workbook.js';

/** The rows of a sheet Excel opens whole, its heading row included. */
export const EXCEL_ROWS = 1_048_576;

export interface WorkbookLimits {
  /** Rows of a sheet, its heading row included, before the rest goes on in the next sheet. */
  sheetRows: number;
}

/** What the host compresses with: node:zlib here; a browser would give CompressionStream's. */
export interface WorkbookHost {
  deflate: Deflater;
  crc32: Crc32;
  /** Repeating text in a shared-string table (smaller and faster, docs/performance.md) or in each cell. */
  sharedStrings: boolean;
}

const nodeHost = (): WorkbookHost => ({
  deflate: nodeDeflater(zlib),
  // node:zlib's crc32 came in Node 20.15; before it, the plain one.
  crc32: typeof zlib.crc32 === 'function' ? zlib.crc32 : jsCrc32,
  sharedStrings: true,
});

export const xlsx: BinaryReporter = (result) => workbookChunks(result, { sheetRows: EXCEL_ROWS });

/** The workbook's bytes, made as they are read; stopping the reading stops the making. */
export function workbookChunks(
  result: CheckResult,
  limits: WorkbookLimits,
  host: WorkbookHost = nodeHost(),
): AsyncIterable<Uint8Array> {
  return write(result, limits, host);
}

async function* write(result: CheckResult, limits: WorkbookLimits, host: WorkbookHost): AsyncGenerator<Uint8Array> {
  const book = new WorkbookWriter({
    deflate: host.deflate,
    crc32: host.crc32,
    creator: `${result.tool.name} ${result.tool.version}`,
    sharedStrings: host.sharedStrings,
  });
  const { styles } = book;
  const look = {
    wrap: styles.id({ wrap: 'top' }),
    headingRow: styles.id({ bold: true, wrap: 'center' }),
    heading: styles.id({ bold: true, wrap: 'center', fill: HEADING_FILL }),
    fill: Object.fromEntries(
      Object.entries(FILL).map(([status, argb]) => [status, styles.id({ fill: argb })]),
    ) as Record<Status, number>,
    share: styles.id({ numFmt: numberFormat('share') }),
    percent: styles.id({ numFmt: numberFormat('percent') }),
  };
  const rules = result.rules;
  const header = pageHeader(result);
  // The catalogue's words once, as plain objects: read for every row below.
  const STATUS_TEXT = { ...STATUS_WORDS };
  const SEVERITY = { ...SEVERITY_WORDS };
  const SCOPE = { ...SCOPE_WORDS };
  const PROBLEM_LEVEL = { ...PROBLEM_WORDS };
  const sheet = (layout: SheetLayout, rows: Iterable<SheetRow>) => paged(book, limits, look, layout, header, rows);
  // 总览, the first tab, is made from the findings as 明细 reads them, and written after it: one
  // pass over the findings rather than two (each re-judges the rows).
  const overviewRows = OverviewRows.builder(rules);

  // Each target's title as a cell, once; the county, file and sheet of a row as the row before's
  // when they are the same text (the findings come a county-year at a time).
  const titles = new Map(rules.map((rule) => [rule.id, textCell(rule.title)]));
  const county = lastCell();
  const file = lastCell();
  const sheetName = lastCell();
  const figures = new Map(rules.map((rule) => [rule.id, rule.figures]));
  // A row of 明细's styles, one array for every row that looks alike: a few dozen in all.
  const detailLooks = new Map<number, number[]>();
  const detailStyles = (status: Status, actual: number, target: number): number[] => {
    // Style ids are a few dozen: each fits a byte of the key.
    const key = (look.fill[status] << 16) | (actual << 8) | target;
    let styles = detailLooks.get(key);
    if (styles === undefined) {
      styles = [0, 0, 0, 0, look.fill[status], 0, actual, target, look.wrap, look.wrap, look.wrap];
      detailLooks.set(key, styles);
    }
    return styles;
  };
  yield* sheet(
    {
      name: SHEETS.detail,
      order: 1,
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
      unshared: [9],
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
    },
    (function* () {
      for (const v of allFindings(result)) {
        overviewRows.add(v);
        const shown = figures.get(v.rule);
        const format = shown === undefined ? 0 : shown === 'share' ? look.share : look.percent;
        yield {
          values: [
            county(v.county ?? ''),
            v.period ?? v.year,
            v.rule,
            titles.get(v.rule) ?? textCell(v.rule),
            STATUS_TEXT[v.status],
            SEVERITY[v.severity],
            figure(v.actual),
            figure(v.target),
            textCell(v.message),
            file(v.location?.file ?? ''),
            // Which sheet of a workbook the row is on; blank for a CSV file.
            sheetName(v.location?.sheet ?? ''),
            v.location?.line ?? null,
            SCOPE[v.scope],
          ],
          styles: detailStyles(
            v.status,
            typeof v.actual === 'number' ? format : 0,
            typeof v.target === 'number' ? format : 0,
          ),
        };
      }
    })(),
  );

  yield* sheet(
    {
      name: SHEETS.overview,
      order: 0,
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
    },
    (function* () {
      for (const row of overviewRows.end().ranked()) {
        const values: Cell[] = [textCell(row.county ?? ''), row.period ?? row.year, `${row.met}/${row.applicable}`];
        const shown = [0, 0, 0];
        for (const status of row.statuses) {
          // A target of another table than the row's has no verdict here: its cell stays blank.
          values.push(status === undefined ? '' : STATUS_TEXT[status]);
          shown.push(status === undefined ? 0 : look.fill[status]);
        }
        yield { values, styles: shown };
      }
    })(),
  );

  yield* sheet(
    {
      name: SHEETS.problems,
      order: 2,
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
      unshared: [7],
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
    },
    (function* () {
      const styles = [look.wrap, look.wrap, 0, 0, 0, 0, look.wrap];
      for (const p of allProblems(result)) {
        yield {
          values: [
            textCell(p.file),
            textCell(p.sheet ?? ''),
            p.line,
            textCell(p.column ?? ''),
            PROBLEM_LEVEL[p.level],
            p.code,
            textCell(p.message),
          ],
          styles,
        };
      }
    })(),
  );
  yield* book.finish();
}

/** textCell, remembering the last text it was given: for a column whose rows repeat the one before. */
function lastCell(): (text: string) => string {
  let last: string | undefined;
  let cell = '';
  return (text) => {
    if (text !== last) {
      last = text;
      cell = textCell(text);
    }
    return cell;
  };
}

function figure(value: Verdict['actual']): number | string | null {
  return typeof value === 'boolean' ? (value ? WORDS.yes : WORDS.no) : value;
}

/** Each printed page says whose targets and when they were judged, as the other reports' heads do. */
function pageHeader(result: CheckResult): string {
  // In Excel's header codes & starts a code; && is an ampersand.
  const text = (value: string): string => visible(value).slice(0, 100).replace(/&/g, '&&');
  return `&L${text(result.pack.title)}&R${text(asOfText(result))}`;
}

/** Rows whose text sizes the columns: the first of each sheet, held in memory until they are written. */
const SAMPLE_ROWS = 1000;

interface SheetLayout {
  name: string;
  /** Its place among the tabs. */
  order: number;
  /** Columns kept in view as the sheet scrolls sideways. */
  xSplit: number;
  /** How wide each column may be; its width is that of what it holds, within these bounds. */
  columns: ColumnBounds[];
  /** The columns (1-based) whose text wraps at the column's edge rather than being cut there when printed. */
  wrap?: number[];
  /** The columns (1-based) of text that seldom repeats: written in each cell, not shared. */
  unshared?: number[];
  headings: string[];
  headingHeight?: number;
  /** An autofilter over every column and row. */
  filter: boolean;
}

interface Looks {
  wrap: number;
  headingRow: number;
  heading: number;
}

/**
 * One sheet of the report, as many sheets as Excel's row limit asks: each with the heading row,
 * panes and filter of the first, named 明细, 明细 2, 明细 3 …. The columns are as wide as the
 * headings and the first rows ask, the same in every part.
 */
async function* paged(
  book: WorkbookWriter,
  limits: WorkbookLimits,
  look: Looks,
  layout: SheetLayout,
  header: string,
  rows: Iterable<SheetRow>,
): AsyncGenerator<Uint8Array> {
  const sample = new ColumnWidths(layout.columns);
  sample.add(layout.headings);
  const source = rows[Symbol.iterator]();
  const held: SheetRow[] = [];
  for (let next = source.next(); ; next = source.next()) {
    if (next.done === true) break;
    held.push(next.value);
    sample.add(next.value.values);
    if (held.length >= SAMPLE_ROWS) break;
  }
  const wrap = new Set(layout.wrap);
  const columns = sample.widths().map((width, index) => ({ width, style: wrap.has(index + 1) ? look.wrap : 0 }));
  const rest = peekable(held, source);
  const unshared = new Set((layout.unshared ?? []).map((column) => column - 1));
  const headings: SheetRow = { values: layout.headings, styles: layout.headings.map(() => look.heading) };
  let part = 0;
  do {
    part++;
    yield* book.sheet(
      {
        name: part === 1 ? layout.name : WORDS.continuedSheet(layout.name, part),
        order: layout.order,
        columns,
        freeze: { columns: layout.xSplit, rows: 1 },
        headings: [headings],
        ...(layout.headingHeight === undefined ? {} : { headingHeight: layout.headingHeight }),
        headingRowStyle: look.headingRow,
        filter: layout.filter,
        unshared,
        page: PAGE,
        header,
      },
      rest,
      limits.sheetRows,
    );
  } while (rest.more());
}

/** The held rows, then the rest of `source`; `more()` looks ahead without losing a row. */
function peekable(held: SheetRow[], source: Iterator<SheetRow>): Iterator<SheetRow> & { more(): boolean } {
  let at = 0;
  let ahead: IteratorResult<SheetRow> | undefined;
  const next = (): IteratorResult<SheetRow> => {
    if (at < held.length) {
      const value = held[at]!;
      held[at++] = undefined as unknown as SheetRow;
      return { done: false, value };
    }
    if (ahead !== undefined) {
      const result = ahead;
      ahead = undefined;
      return result;
    }
    return source.next();
  };
  return {
    next,
    more() {
      if (at < held.length || ahead !== undefined) return at < held.length || ahead!.done !== true;
      ahead = source.next();
      return ahead.done !== true;
    },
  };
}
