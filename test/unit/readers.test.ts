// The reader registry: each format recognised by its name and by its first bytes from one list,
// and the run's walk over files handing on what any reader yields, records with their lines or rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import type { FieldSpec, Problem, Row } from '../../src/model/types.js';
import { readFiles, type TableSink } from '../../src/read/files.js';
import { NODE_HOST } from '../../src/read/node-host.js';
import type { RecordBatch } from '../../src/read/csv.js';
import { READERS, extensionOf, readerForName, readerOf, workbookReaderOfBytes } from '../../src/read/readers.js';
import { writeWorkbook } from '../workbook-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the readers, by name', () => {
  it.each([
    ['2022.csv', 'csv'],
    ['2022.TXT', 'csv'],
    ['a.tsv', 'csv'],
    ['returns/白水县.yaml', 'yaml'],
    ['a.YML', 'yaml'],
    ['a.json', 'json'],
    ['C:\\returns\\白水县.XLSX', 'xlsx'],
    ['a.xlsm', 'xlsx'],
    ['a.xls', 'xls'],
  ])('%s is read by the %s reader', (file, format) => {
    expect(readerOf(file).format).toBe(format);
  });

  it.each(['notes.docx', 'README', '.csv', 'dir.csv/file'])('%s is read by none', (file) => {
    expect(readerForName(file)).toBeUndefined();
  });

  it('stops on a name no reader knows, naming its extension: unknown-format', () => {
    const error = (() => {
      try {
        readerOf('returns/2022.docx');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DuibiaoError);
    expect((error as DuibiaoError).code).toBe('unknown-format');
    expect((error as DuibiaoError).message).toContain('.docx');
  });

  it('gives an extension as node:path does, on either slash', () => {
    expect(['a.csv', 'a.b.csv', '.bashrc', 'a.', 'x/y', 'x.d\\y', 'x\\y.csv'].map(extensionOf)).toEqual([
      '.csv',
      '.csv',
      '',
      '.',
      '',
      '',
      '.csv',
    ]);
  });

  it('lists each format once and each extension under one reader', () => {
    const formats = READERS.map((reader) => reader.format);
    const extensions = READERS.flatMap((reader) => reader.extensions);
    expect(new Set(formats).size).toBe(formats.length);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(extensions.every((extension) => extension === extension.toLowerCase())).toBe(true);
  });
});

describe('the workbook readers, by first bytes', () => {
  it('knows a zip as xlsx and an OLE file as xls, and text as neither', () => {
    expect(workbookReaderOfBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))?.format).toBe('xlsx');
    expect(workbookReaderOfBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))?.format).toBe('xls');
    expect(workbookReaderOfBytes(new TextEncoder().encode('县市区,年度\n'))).toBeUndefined();
    expect(workbookReaderOfBytes(new Uint8Array([0xd0, 0xcf]))).toBeUndefined();
  });
});

describe('the walk over a data set, through the registry', () => {
  const fields: FieldSpec[] = [
    { name: 'county', label: '县市区', type: 'text', required: true },
    { name: 'year', label: '年度', type: 'integer', required: true },
  ] as FieldSpec[];

  /** What each input handed on: its sheet and format, its records' lines or its rows' count. */
  async function walk(files: string[]): Promise<string[]> {
    const seen: string[] = [];
    const sink: TableSink = {
      startFile: (index, sheet) => seen.push(`start ${index}${sheet ? ` ${sheet.format}:${sheet.sheet}` : ''}`),
      opened: () => undefined,
      records: (batch: RecordBatch) => seen.push(`lines ${batch.lines.join(',')}`),
      rows: (rows: Row[]) => seen.push(`rows ${rows.length}`),
      endFile: () => seen.push('end'),
      problem: (problem: Problem) => seen.push(`problem ${problem.code}`),
    };
    await readFiles(files, fields, [], sink, NODE_HOST);
    return seen;
  }

  it('hands on a CSV file as records with their lines, a YAML file as rows, a workbook sheet by sheet by its bytes', async () => {
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, '县市区,年度\n白水县,2022\n澄城县,2022\n');
    const yaml = join(dir, 'b.yaml');
    writeFileSync(yaml, '- county: 白水县\n  year: 2022\n');
    // A workbook whose name says .xls: read by what its bytes are, a zip.
    const book = join(dir, 'c.xls');
    writeFileSync(
      book,
      writeWorkbook([
        {
          name: '表1',
          rows: [
            ['县市区', '年度'],
            ['蒲城县', 2022],
          ],
        },
      ]),
    );
    expect(await walk([csv, yaml, book])).toEqual([
      'start 0',
      'lines 1,2,3',
      'end',
      'start 1',
      'rows 1',
      'end',
      'start 2 xlsx:表1',
      'lines 1,2',
      'end',
    ]);
  });

  it('refuses a name no reader knows before any file is read', async () => {
    const csv = join(dir, 'first.csv');
    writeFileSync(csv, '县市区,年度\n');
    await expect(walk([csv, join(dir, 'second.docx')])).rejects.toMatchObject({ code: 'unknown-format' });
  });
});
