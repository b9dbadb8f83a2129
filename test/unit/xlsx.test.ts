// The .xlsx reader on workbooks laid out part by part: each kind of cell as text the office
// sees, and every refusal (zip bomb, DOCTYPE, encryption) coded and prompt.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { openWorkbook } from '../../src/read/workbook.js';
import { NODE_HOST } from '../../src/read/node-host.js';
import { InflateBudget, ZIP_LIMITS, ZipFile } from '../../src/read/zip.js';
import {
  inflatingPastDeclared,
  writeWorkbook,
  zip,
  workbookParts,
  type TestCell,
  type TestSheet,
} from '../workbook-writer.js';
import { encryptedXlsx } from '../helpers/ole.js';

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
  const book = await openWorkbook(file, NODE_HOST);
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
    { given: { formula: 'SUM(B2:B9)' }, expect: '\uFFFF=SUM(B2:B9)' },
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
    const sheet: TestSheet = {
      name: '表1',
      rows: [['县市区', '年度', '备注'], ['白水县', 2022], [null, null], ['石桥县', null, 'x'], [null]],
      rowNumbers: [2, 3, 4, 6, 9],
    };
    const [read1] = await read(saved(writeWorkbook([sheet])));
    // Row 1 is absent: nothing comes before the header. Rows 4 and 5 are blank between data and
    // stay (as blank lines of a CSV file do); rows 7–9 are blank after the last data: dropped.
    expect(read1!.lines).toEqual([2, 3, 4, 5, 6]);
    expect(read1!.records).toEqual([['县市区', '年度', '备注'], ['白水县', '2022', ''], [], [], ['石桥县', '', 'x']]);
  });

  it('given several sheets, reads each by its name, in order', async () => {
    const sheets = await read(
      saved(
        writeWorkbook([
          { name: '填表说明', rows: [['说明']] },
          { name: '民政统计表', rows: [['县市区']] },
        ]),
      ),
    );
    expect(sheets.map((s) => s.name)).toEqual(['填表说明', '民政统计表']);
  });
});

describe('a workbook that cannot be read safely is refused with its code, at once', () => {
  const parts = (sheets: TestSheet[]) =>
    [...workbookParts(sheets)].map(([name, text]) => ({ name, data: Buffer.from(text) }));
  const sample: TestSheet[] = [
    {
      name: 'Sheet1',
      rows: [
        ['县市区', '年度'],
        ['白水县', 2022],
      ],
    },
  ];

  it('given a DOCTYPE with entities (a billion laughs), returns workbook-unsafe-xml', async () => {
    const laughs = '<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    expect(await refusal(saved(writeWorkbook(sample, { sheetPrologue: laughs })))).toBe('workbook-unsafe-xml');
  });

  it('given an entry that inflates past the size it declares, stops there: workbook-too-large', async () => {
    expect(await refusal(saved(zip(inflatingPastDeclared(parts(sample)))))).toBe('workbook-too-large');
  });

  it('given an entry that declares an absurd size, refuses before inflating: workbook-too-large', async () => {
    const items = parts(sample).map((item) =>
      item.name.endsWith('sheet1.xml') ? { ...item, declaredSize: ZIP_LIMITS.entryBytes + 1 } : item,
    );
    expect(await refusal(saved(zip(items)))).toBe('workbook-too-large');
  });

  it('given a zip bomb of honest size (64 MiB of one byte, deflated about 1000 to 1), refuses on its ratio: workbook-too-large', async () => {
    const bomb = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) };
    expect(await refusal(saved(zip([...parts(sample).filter((item) => item.name !== bomb.name), bomb])))).toBe(
      'workbook-too-large',
    );
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

describe('merged cells of an .xlsx sheet', () => {
  it('given a county merged down over two year rows, names it in both; a title merged across one row stays in its first cell', async () => {
    const sheet: TestSheet = {
      name: '表1',
      rows: [
        ['2022年统计表', null, null],
        ['县市区', '年度', '村数'],
        ['云溪县', 2021, 180],
        [null, 2022, 186],
      ],
      merges: ['A1:C1', 'A3:A4'],
    };
    const [read1] = await read(saved(writeWorkbook([sheet])));
    expect(read1!.records).toEqual([
      ['2022年统计表', '', ''],
      ['县市区', '年度', '村数'],
      ['云溪县', '2021', '180'],
      ['云溪县', '2022', '186'],
    ]);
  });

  it('given a sheet too long to hold until its merged ranges come, reads them first and fills the rows all the same', async () => {
    const rows: TestCell[][] = [
      ['县市区', '年度', '村数'],
      ...Array.from({ length: 12_000 }, (_, i) => (i % 2 === 0 ? [`县${i}`, 2021, i] : [null, 2022, i])),
    ];
    const merges = Array.from({ length: 6000 }, (_, k) => `A${2 * k + 2}:A${2 * k + 3}`);
    const [read1] = await read(saved(writeWorkbook([{ name: '表1', rows, merges }])));
    expect(read1!.records).toHaveLength(12_001);
    expect(read1!.records[2]).toEqual(['县0', '2022', '1']);
    expect(read1!.records[12_000]).toEqual(['县11998', '2022', '11999']);
  });

  it('given more merged ranges than any return has, refuses the workbook: workbook-too-large', async () => {
    const merges = Array.from({ length: 70_000 }, (_, k) => `A${k + 1}:B${k + 1}`);
    expect(await refusal(saved(writeWorkbook([{ name: '表1', rows: [['县市区', '年度']], merges }])))).toBe(
      'workbook-too-large',
    );
  });
});

describe('the inflated bytes of a run', () => {
  it("given workbooks that together inflate past the run's bound, refuses the one that passes it: workbook-too-large", async () => {
    const rows: TestCell[][] = [['县市区', '年度'], ...Array.from({ length: 600 }, (_, i) => [`县${i}`, 2022])];
    const file = saved(writeWorkbook([{ name: '表1', rows }]));
    // Room for one reading of the workbook, not two.
    const zipped = await ZipFile.open(file, NODE_HOST);
    const whole = [...zipped.entries.values()].reduce((sum, entry) => sum + entry.size, 0);
    await zipped.close();
    const budget = new InflateBudget(Math.round(whole * 1.5));
    const readWith = async (): Promise<string> => {
      const book = await openWorkbook(file, NODE_HOST, budget);
      try {
        for await (const batch of book.sheets[0]!.records()) expect(batch.records.length).toBeGreaterThan(0);
        return 'read';
      } catch (error) {
        if (error instanceof DuibiaoError) return error.code;
        throw error;
      } finally {
        await book.close();
      }
    };
    expect(await readWith()).toBe('read');
    expect(await readWith()).toBe('workbook-too-large');
  });
});
