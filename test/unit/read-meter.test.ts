// The progress line's meter of the reading (read/read-meter.ts): a workbook's sheets counted as the
// inflated bytes of their XML parsed, against their uncompressed sizes, the sheets not read counted
// once the book is closed; and a reading that is not the data's not counted at all.
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/read/input-bytes.js';
import { readMeter, uncounted } from '../../src/read/read-meter.js';
import { openXlsx } from '../../src/read/xlsx.js';
import { workbookParts, writeWorkbook, type TestSheet } from '../workbook-writer.js';

const rows = (n: number): (string | number)[][] => [
  ['县市区', '年度', '低保平均标准'],
  ...Array.from({ length: n }, (_, i) => [`县${i}`, 2022, 600 + (i % 50)]),
];
const SHEETS: TestSheet[] = [
  { name: '汇总', rows: rows(3_000) },
  { name: '说明', rows: rows(10) },
];
/** The uncompressed bytes of the sheets' XML. */
const SHEET_BYTES = [...workbookParts(SHEETS)]
  .filter(([name]) => name.startsWith('xl/worksheets/'))
  .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
const host = memoryHost([['book.xlsx', writeWorkbook(SHEETS)]]);

describe("the reading's meter, for a workbook", () => {
  it("knows the sheets' sizes once the book is opened, counts a sheet as it is parsed, the rest once the book is closed", async () => {
    const from = readMeter();
    const book = await openXlsx('book.xlsx', host);
    expect(readMeter()).toEqual({ read: from.read, known: from.known + SHEET_BYTES, workbooks: from.workbooks + 1 });
    const seen: number[] = [];
    for await (const _ of book.sheets[0]!.records()) seen.push(readMeter().read - from.read);
    // The first sheet counted as it is parsed, by the time its rows come; less than the book's sheets.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeLessThan(SHEET_BYTES);
    // The second sheet, never read: counted as done when the book is closed.
    await book.close();
    expect(readMeter().read - from.read).toBe(SHEET_BYTES);
  });

  it('counts nothing of a reading that is not the data’s', async () => {
    const from = readMeter();
    await uncounted(async () => {
      const book = await openXlsx('book.xlsx', host);
      for await (const _ of book.sheets[0]!.records());
      await book.close();
    });
    expect(readMeter()).toEqual(from);
  });
});
