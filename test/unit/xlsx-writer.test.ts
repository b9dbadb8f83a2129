// The xlsx report from the workbook writer of our own (src/report/xlsx/writer/) reads as the one
// exceljs wrote (test/helpers/xlsx-report-exceljs.ts, the report as it was, kept here as the
// reference): every sheet's cells with their values, types, fills, number formats, bold and
// wrapping, merged cells, column widths, row heights, frozen panes, autofilter, print setup, print
// titles and page header, read back by openpyxl; on fixtures in both languages, and under a row
// limit of a few rows so that sheets go on in further ones.
import { spawnSync } from 'node:child_process';
import * as zlib from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/index.js';
import type { CheckResult } from '../../src/model/types.js';
import { EXCEL_ROWS, workbookChunks } from '../../src/report/xlsx/report.js';
import { crc32, nodeDeflater } from '../../src/report/xlsx/writer/deflate.js';
import { ZipWriter } from '../../src/report/xlsx/writer/zip.js';
import { escapeXml, XmlBytes } from '../../src/report/xlsx/writer/xml.js';
import { WorkbookWriter, type Cell } from '../../src/report/xlsx/writer/workbook.js';
import { PAGE } from '../../src/report/xlsx/print.js';
import { openWorkbook } from '../../src/read/workbook.js';
import ExcelJS from 'exceljs';
import { ZipFile } from '../../src/read/zip.js';
import { NODE_HOST } from '../../src/read/node-host.js';
import { useLang } from '../../src/words/words.js';
import { workbookChunks as exceljsChunks } from '../helpers/xlsx-report-exceljs.js';
import { PYTHON } from '../helpers/python.js';

const OUT = join(import.meta.dirname, '..', '..', 'test-output', 'xlsx-writer');
const DUMP = join(import.meta.dirname, '..', 'helpers', 'xlsx-dump.py');

afterEach(() => useLang('zh'));

async function bytes(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all);
}

function dump(file: string): unknown {
  const read = spawnSync(PYTHON!, [DUMP, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(read.stderr).toBe('');
  return JSON.parse(read.stdout);
}

/** Both workbooks of `result`, read back. */
async function both(name: string, result: CheckResult, sheetRows: number): Promise<[unknown, unknown]> {
  mkdirSync(OUT, { recursive: true });
  const old = join(OUT, `${name}-exceljs.xlsx`);
  const ours = join(OUT, `${name}.xlsx`);
  writeFileSync(old, await bytes(exceljsChunks(result, { sheetRows })));
  writeFileSync(ours, await bytes(workbookChunks(result, { sheetRows })));
  return [withoutWidthNine(dump(old)), withoutWidthNine(dump(ours))];
}

/**
 * exceljs leaves out a column of width 9 and no style, its own default (Excel then draws it at its
 * default, 8.43); the writer writes the width the report asked for. Such columns are set aside.
 */
function withoutWidthNine(sheets: unknown): unknown {
  for (const sheet of sheets as { columns: Record<string, { width: number; wrap: boolean }> }[])
    sheet.columns = Object.fromEntries(
      Object.entries(sheet.columns).filter(([, column]) => column.width !== 9 || column.wrap),
    );
  return sheets;
}

const CASES: { name: string; files: string[]; lang: 'zh' | 'en'; sheetRows: number }[] = [
  { name: 'sample', files: ['fixtures/sample-prefecture-2022.csv'], lang: 'zh', sheetRows: EXCEL_ROWS },
  { name: 'sample-en-paged', files: ['fixtures/sample-prefecture-2022.csv'], lang: 'en', sheetRows: 40 },
  {
    name: 'workbook-sheets',
    files: ['fixtures/workbooks/prefecture-return-2022-wrong-total.xlsx'],
    lang: 'zh',
    sheetRows: EXCEL_ROWS,
  },
  { name: 'messy-cells', files: ['fixtures/messy-cells.csv'], lang: 'zh', sheetRows: 7 },
  { name: 'formula-county', files: ['fixtures/formula-in-county-name.csv'], lang: 'zh', sheetRows: EXCEL_ROWS },
  { name: 'markup-county', files: ['fixtures/markup-in-county-name.csv'], lang: 'en', sheetRows: EXCEL_ROWS },
  {
    name: 'monthly',
    files: ['fixtures/monthly-price-subsidy-title-units-months-total.csv'],
    lang: 'zh',
    sheetRows: EXCEL_ROWS,
  },
];

describe.skipIf(!PYTHON)('the xlsx report from our writer, beside the one exceljs wrote', { timeout: 120_000 }, () => {
  it.each(CASES)('$name ($lang, $sheetRows rows a sheet): reads the same', async ({ name, files, lang, sheetRows }) => {
    const result = await run(files, { asOf: '2022-12-31', lang });
    useLang(lang);
    const [old, ours] = await both(name, result, sheetRows);
    expect((old as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(ours).toEqual(old);
  });

  it('given text no XML may hold, drops it; given markup and edges of spaces, keeps them as text', async () => {
    const result = await run(['fixtures/sample-prefecture-2022.csv'], { asOf: '2022-12-31' });
    const withFirst = (message: string): CheckResult => ({
      ...result,
      findings: result.findings.map((v, i) => (i === 0 ? { ...v, county: ' 甲<&>"\'县 ', message } : v)),
    });
    // exceljs wrote U+FFFF as it was, which XML forbids (openpyxl cannot read that workbook): the
    // reference is given the message without it.
    mkdirSync(OUT, { recursive: true });
    const old = join(OUT, 'hostile-exceljs.xlsx');
    const ours = join(OUT, 'hostile.xlsx');
    writeFileSync(old, await bytes(exceljsChunks(withFirst('a\ud800bc\u0001d'), { sheetRows: EXCEL_ROWS })));
    writeFileSync(ours, await bytes(workbookChunks(withFirst('a\ud800b\uffffc\u0001d'), { sheetRows: EXCEL_ROWS })));
    type Sheets = { rows: { value: unknown }[][] }[];
    const read = dump(ours) as Sheets;
    const first = read[1]!.rows[1]!;
    expect(first[0]!.value).toBe(' 甲<&>"\'县 ');
    // The control character is made visible (cells.ts); the lone surrogate reads as U+FFFD; U+FFFF is dropped.
    expect(first[8]!.value).toBe('a\ufffdbc\\u0001d');
    expect(read).toEqual(dump(old));
  });
});

describe('the zip of the workbook writer', () => {
  it('given entries deflated in blocks of a few bytes, reads back byte for byte with the reader of src/read', async () => {
    const deflate = nodeDeflater(zlib, { block: 1000, ahead: 3 });
    const zip = new ZipWriter(deflate, zlib.crc32);
    const text = Array.from({ length: 5000 }, (_, i) => `<row r="${i}">县${i % 7}</row>`).join('');
    // Text and bytes, as the writer hands them on; one piece longer than a block's room, in parts.
    const long = '对标'.repeat(40_000);
    const pieces = (function* () {
      let n = 0;
      for (let at = 0; at < text.length; at += 777) {
        const piece = text.slice(at, at + 777);
        yield n++ % 2 === 0 ? piece : Buffer.from(piece, 'utf8');
      }
      yield long;
    })();
    const parts: Uint8Array[] = [];
    for await (const chunk of zip.entry('xl/worksheets/sheet1.xml', pieces)) parts.push(chunk);
    for await (const chunk of zip.entry('empty.xml', [])) parts.push(chunk);
    for await (const chunk of zip.entry('名字.xml', [Buffer.from('<a/>')])) parts.push(chunk);
    parts.push(zip.end());
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'blocks.zip');
    writeFileSync(file, Buffer.concat(parts));
    const read = await ZipFile.open(file, NODE_HOST);
    try {
      const whole = async (name: string): Promise<string> => {
        const chunks: Uint8Array[] = [];
        for await (const chunk of read.stream(read.entries.get(name)!)) chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
      };
      expect([...read.entries.keys()]).toEqual(['xl/worksheets/sheet1.xml', 'empty.xml', '名字.xml']);
      expect(await whole('xl/worksheets/sheet1.xml')).toBe(text + long);
      expect(await whole('empty.xml')).toBe('');
      expect(await whole('名字.xml')).toBe('<a/>');
    } finally {
      await read.close();
    }
  });

  it('given bytes, computes the CRC-32 zip takes, as node:zlib does', () => {
    const bytes = Buffer.from('对标 duibiao \u0000\uffff', 'utf8');
    expect(crc32(bytes)).toBe(zlib.crc32(bytes));
    expect(crc32(bytes.subarray(5), crc32(bytes.subarray(0, 5)))).toBe(zlib.crc32(bytes));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('the cells of the workbook writer', () => {
  const ROWS: Cell[][] = [
    ['a', 1, 'b', null, 2, '', 'c'],
    [null, null, 'd', 3],
    ['e', '', null, 4.5],
  ];

  async function written(): Promise<{ file: string; xml: string }> {
    const book = new WorkbookWriter({ deflate: nodeDeflater(zlib), crc32, creator: 'test', sharedStrings: true });
    const wrap = book.styles.id({ wrap: 'top' });
    const setup = {
      name: 'S',
      columns: Array.from({ length: 7 }, () => ({ width: 10 })),
      freeze: { columns: 0, rows: 1 },
      headings: [{ values: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'] }],
      filter: true,
      page: PAGE,
    };
    // The empty text of the first row is styled, so written as an empty cell; the second's is not.
    const rows = ROWS.map((values, i) => ({ values, styles: i === 0 ? [0, 0, 0, 0, 0, wrap, 0] : undefined }));
    const parts: Uint8Array[] = [];
    for await (const chunk of book.sheet(setup, rows[Symbol.iterator](), 100)) parts.push(chunk);
    for await (const chunk of book.finish()) parts.push(chunk);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'references.xlsx');
    writeFileSync(file, Buffer.concat(parts));
    const read = await ZipFile.open(file, NODE_HOST);
    try {
      const chunks: Uint8Array[] = [];
      for await (const chunk of read.stream(read.entries.get('xl/worksheets/sheet1.xml')!)) chunks.push(chunk);
      return { file, xml: Buffer.concat(chunks).toString('utf8') };
    } finally {
      await read.close();
    }
  }

  /** A row seven cells wide, blanks as null. */
  const wide = (row: readonly Cell[]): Cell[] => Array.from({ length: 7 }, (_, i) => row[i] ?? null);
  /** The rows as they should read: a blank where no value was written. */
  const EXPECTED = [['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'], ...ROWS].map((row) =>
    wide(row.map((v) => (v === '' ? null : v))),
  );

  it('names a cell’s place only first in its row and after a gap', async () => {
    const { xml } = await written();
    const refs = [...xml.matchAll(/<c(?=[ />])( r="([A-Z]+\d+)")?/g)].map((m) => m[2] ?? '-');
    expect(refs).toEqual([
      ...['A1', '-', '-', '-', '-', '-', '-'],
      ...['A2', '-', '-', 'E2', '-', '-'],
      ...['C3', '-'],
      ...['A4', 'D4'],
    ]);
  });

  it('reads back in place with SheetJS, exceljs and the reader of src/read', async () => {
    const { file } = await written();
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.read(readFileSync(file)).Sheets.S!;
    const sheetjs = XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, defval: null, blankrows: true });
    expect(sheetjs.map(wide)).toEqual(EXPECTED);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const values: Cell[][] = [];
    book.getWorksheet('S')!.eachRow({ includeEmpty: true }, (row, n) => {
      values[n - 1] = wide(Array.from({ length: 7 }, (_, i) => row.getCell(i + 1).value as Cell));
    });
    expect(values).toEqual(EXPECTED);

    const ours = await openWorkbook(file, NODE_HOST);
    try {
      const records: string[][] = [];
      for await (const batch of ours.sheets[0]!.records()) records.push(...batch.records);
      expect(records.map((row) => wide(row).map((v) => v ?? ''))).toEqual(
        EXPECTED.map((row) => row.map((v) => (v === null ? '' : String(v)))),
      );
    } finally {
      await ours.close();
    }
  });
});

describe('the XML of a sheet as bytes', () => {
  const texts = [
    '',
    'plain ascii',
    '应保尽保: 100% = 100% (1191/1191)',
    ' 甲<&>"\'县 ',
    'a\ud800b\uffffc\u0001d\ufffe\u0000\t\n\r\u007f',
    '\udc00 lone low, then a pair \ud83d\ude00 and a high at the end \ud83d',
    'é ß ĳ \u07ff \u0800 \uffef',
  ];

  it('given text from the data, writes the UTF-8 of escapeXml’s text, unit for unit', () => {
    // Every UTF-16 unit alone and beside its neighbours, and the cases above.
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (const text of [...texts, all.join(''), ...all]) {
      const out = new XmlBytes(16);
      out.text(text);
      expect(Buffer.from(out.take()).equals(Buffer.from(escapeXml(text), 'utf8')), JSON.stringify(text)).toBe(true);
    }
  });

  it('given markup, numbers and pieces taken on the way, writes them as strings would be', () => {
    const out = new XmlBytes(8);
    const pieces: Buffer[] = [];
    let expected = '';
    const numbers = [0, 7, 10, 99, 1048576, 2147483647, 2147483648, -0, -3, 0.1, 1 / 3, 1e21, 1.5e-7, -2.25];
    for (const n of numbers) {
      out.ascii('<v>');
      out.number(n);
      out.xml('</v>对标');
      expected += `<v>${n}</v>对标`;
      if (out.size >= 8) pieces.push(Buffer.from(out.take()));
    }
    for (const n of [0, 9, 10, 12345, 4294967296]) {
      out.int(n);
      expected += String(n);
    }
    // A text longer than the buffer grows it for the one piece.
    out.text('长'.repeat(100));
    expected += '长'.repeat(100);
    pieces.push(Buffer.from(out.take()));
    expect(Buffer.concat(pieces).toString('utf8')).toBe(expected);
  });
});
