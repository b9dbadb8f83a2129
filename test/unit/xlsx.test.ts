// The .xlsx reader on workbooks laid out part by part: each kind of cell as text the office
// sees, and every refusal (zip bomb, DOCTYPE, encryption) coded and prompt.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { openWorkbook } from '../../src/read/workbook.js';
import { ZIP_LIMITS } from '../../src/read/zip.js';
import { encryptedXlsx } from '../helpers/ole.js';
import { writeWorkbook, zip, workbookParts, type TestCell, type TestSheet } from '../workbook-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const saved = (bytes: Buffer): string => {
  const file = join(dir, `case-${count++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
};

/** Every sheet's records, with their lines. */
async function read(file: string): Promise<{ name: string; records: string[][]; lines: number[] }[]> {
  const book = await openWorkbook(file);
  try {
    const out = [];
    for (const sheet of book.sheets) {
      const records: string[][] = [];
      const lines: number[] = [];
      for await (const batch of sheet.records()) {
        records.push(...batch.records);
        lines.push(...batch.lines);
      }
      out.push({ name: sheet.name, records, lines });
    }
    return out;
  } finally {
    await book.close();
  }
}

const oneCell = async (cell: TestCell, date1904 = false): Promise<string> => {
  const [sheet] = await read(saved(writeWorkbook([{ name: 'Sheet1', rows: [[cell]] }], { date1904 })));
  return sheet!.records[0]?.[0] ?? '';
};

async function refusal(file: string): Promise<string> {
  try {
    await read(file);
  } catch (error) {
    if (error instanceof DuibiaoError) return error.code;
    throw error;
  }
  return 'read';
}

describe('a cell of an .xlsx sheet, read as the text the office sees', () => {
  it.each([
    { given: '白水县', expect: '白水县' },
    { given: 45.599999999999994, expect: '45.6' },
    { given: { percent: 0.456 }, expect: '45.6%' },
    { given: { date: 44915 }, expect: '2022-12-20' },
    { given: { bool: true }, expect: 'TRUE' },
    { given: { bool: false }, expect: 'FALSE' },
    { given: { error: '#DIV/0!' }, expect: '#DIV/0!' },
    { given: { error: '#N/A' }, expect: '#N/A' },
    { given: { formula: 'SUM(B2:B9)', value: 25149 }, expect: '25149' },
    { given: { formula: 'SUM(B2:B9)' }, expect: '=SUM(B2:B9)' },
    { given: { inline: '县（市、区）' }, expect: '县（市、区）' },
    { given: { rich: ['石', '桥县'], phonetic: 'しゃっきょう' }, expect: '石桥县' },
    { given: 'a & b <c>', expect: 'a & b <c>' },
  ] as { given: TestCell; expect: string }[])('given $given, returns $expect', async ({ given, expect: want }) => {
    expect(await oneCell(given)).toBe(want);
  });

  it('given a date serial in a workbook dated from 1904, returns the same day as Excel shows', async () => {
    expect(await oneCell({ date: 43453 }, true)).toBe('2022-12-20');
  });
});

describe('the rows of an .xlsx sheet', () => {
  it('given rows with gaps and holes, keeps each row number as its line and pads to the used width', async () => {
    const sheet: TestSheet = { name: '表1', rows: [['县市区', '年度', '备注'], ['白水县', 2022], [null, null], ['石桥县', null, 'x'], [null]], rowNumbers: [2, 3, 4, 6, 9] };
    const [read1] = await read(saved(writeWorkbook([sheet])));
    // Row 1 is absent: nothing comes before the header. Rows 4 and 5 are blank between data and
    // stay (as blank lines of a CSV file do); rows 7–9 are blank after the last data: dropped.
    expect(read1!.lines).toEqual([2, 3, 4, 5, 6]);
    expect(read1!.records).toEqual([['县市区', '年度', '备注'], ['白水县', '2022', ''], [], [], ['石桥县', '', 'x']]);
  });

  it('given several sheets, reads each by its name, in order', async () => {
    const sheets = await read(saved(writeWorkbook([{ name: '填表说明', rows: [['说明']] }, { name: '民政统计表', rows: [['县市区']] }])));
    expect(sheets.map((s) => s.name)).toEqual(['填表说明', '民政统计表']);
  });
});

describe('a workbook that cannot be read safely is refused with its code, at once', () => {
  const parts = (sheets: TestSheet[]) => [...workbookParts(sheets)].map(([name, text]) => ({ name, data: Buffer.from(text) }));
  const sample: TestSheet[] = [{ name: 'Sheet1', rows: [['县市区', '年度'], ['白水县', 2022]] }];

  it('given a DOCTYPE with entities (a billion laughs), returns workbook-unsafe-xml', async () => {
    const laughs = '<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    expect(await refusal(saved(writeWorkbook(sample, { sheetPrologue: laughs })))).toBe('workbook-unsafe-xml');
  });

  it('given an entry that inflates past the size it declares, stops there: workbook-too-large', async () => {
    const items = parts(sample).map((item) => (item.name.endsWith('sheet1.xml') ? { ...item, data: Buffer.concat([item.data, Buffer.alloc(4 * 1024 * 1024, 0x20)]), declaredSize: item.data.length } : item));
    expect(await refusal(saved(zip(items)))).toBe('workbook-too-large');
  });

  it('given an entry that declares an absurd size, refuses before inflating: workbook-too-large', async () => {
    const items = parts(sample).map((item) => (item.name.endsWith('sheet1.xml') ? { ...item, declaredSize: ZIP_LIMITS.entryBytes + 1 } : item));
    expect(await refusal(saved(zip(items)))).toBe('workbook-too-large');
  });

  it('given a zip bomb of honest size (64 MiB of one byte, deflated about 1000 to 1), refuses on its ratio: workbook-too-large', async () => {
    const bomb = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) };
    expect(await refusal(saved(zip([...parts(sample).filter((item) => item.name !== bomb.name), bomb])))).toBe('workbook-too-large');
  });

  it('given zip entries flagged as encrypted, returns workbook-encrypted', async () => {
    expect(await refusal(saved(zip(parts(sample).map((item) => ({ ...item, flags: 1 })))))).toBe('workbook-encrypted');
  });

  it('given an OLE file holding EncryptionInfo (how Excel stores a password-protected .xlsx), returns workbook-encrypted', async () => {
    expect(await refusal(saved(await encryptedXlsx(Buffer.alloc(4096, 7))))).toBe('workbook-encrypted');
  });

  it.each([
    { given: 'text', bytes: Buffer.from('县市区,年度\n白水县,2022\n') },
    { given: 'a truncated zip', bytes: writeWorkbook(sample).subarray(0, 200) },
    { given: 'a zip without a workbook part', bytes: zip([{ name: 'hello.txt', data: Buffer.from('hi') }]) },
  ])('given $given, returns format-error', async ({ bytes }) => {
    expect(await refusal(saved(bytes))).toBe('format-error');
  });
});
