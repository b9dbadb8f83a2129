// Workbooks checked as a user would: the same data as CSV, .xlsx and .xls gives the same
// verdicts; a workbook saved by LibreOffice with a notes sheet, a title, percentages, dates,
// formulas and an error value is read right; sheets are picked or named; locations say the
// sheet and the cell in every format.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encryptedXlsx } from '../helpers/ole.js';
import { writeWorkbook } from '../workbook-writer.js';
import { checkJson, duibiao, STACK_LINE, stopOf, type Finding } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-workbooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = 'fixtures/sample-prefecture-2022';
const LIBREOFFICE = 'fixtures/libreoffice-notes-sheet-title-percent-dates-formulas-div0';
const withoutPlace = (findings: Finding[]) => findings.map(({ location: _, ...finding }) => finding);

describe('the same data as CSV, .xlsx and .xls', () => {
  const csv = checkJson(`${SAMPLE}.csv`, '--as-of', '2022-12-31');

  it.each(['xlsx', 'xls'])(
    "given the sample saved by LibreOffice as .%s, gives the CSV's verdicts, summary and exit code",
    (format) => {
      const book = checkJson(`${SAMPLE}.${format}`, '--as-of', '2022-12-31');
      expect(book.code).toBe(csv.code);
      expect(book.stderr).toBe('');
      expect(withoutPlace(book.report.findings)).toEqual(withoutPlace(csv.report.findings));
      expect(book.report.summary).toEqual(csv.report.summary);
      expect(book.report.problems).toEqual([]);
      expect(book.report.inputs).toEqual([
        { file: `${SAMPLE}.${format}`, format, sheet: 'sample-prefecture-2022', rows: 8 },
      ]);
      // Each finding points at its row of the sheet, as the CSV's at its line.
      const first = book.report.findings.find((f) => f.scope === 'county')!;
      expect(first.location).toEqual({ file: `${SAMPLE}.${format}`, sheet: 'sample-prefecture-2022', line: 2 });
    },
  );
});

describe('a return saved by LibreOffice: notes sheet, title row, percent column, dates, formulas, #DIV/0!', () => {
  it.each(['xlsx', 'xls'])(
    'given the .%s, skips the notes sheet and the title, reads the rest as the CSV, and locates the error at its cell',
    (format) => {
      const file = `${LIBREOFFICE}.${format}`;
      const { code, report } = checkJson(file, '--as-of', '2022-12-31');
      const csv = checkJson(`${SAMPLE}.csv`, '--as-of', '2022-12-31').report;
      expect(code).toBe(1);
      expect(report.inputs).toEqual([{ file, format, sheet: '民政统计表', rows: 8 }]);
      expect(report.problems.map((p) => [p.code, p.sheet, p.line, p.cell])).toEqual([
        ['sheet-skipped', '填表说明', 1, undefined],
        ['title-rows', '民政统计表', 1, undefined],
        ['excel-error', '民政统计表', 6, 'J6'],
      ]);
      // Percentages (1.8 % typed as 0.018), dates, and formulas' cached values read as in the CSV:
      // every county verdict but the one that needs the #DIV/0! cell is the CSV's.
      const county = (findings: Finding[]) => withoutPlace(findings.filter((f) => f.scope === 'county'));
      const differ = county(report.findings).filter(
        (f, i) => JSON.stringify(f) !== JSON.stringify(county(csv.findings)[i]),
      );
      expect(differ.map((f) => [f.county, f.rule, f.status])).toEqual([
        ['云溪县', 'assistance.standard-keeps-pace-with-prices', 'invalid'],
      ]);
    },
  );

  it('given --sheet by name or by number, reads that sheet only, and names no skipped sheet', () => {
    for (const sheet of ['民政统计表', '2']) {
      const { report } = checkJson(`${LIBREOFFICE}.xlsx`, '--sheet', sheet, '--as-of', '2022-12-31');
      expect(report.inputs.map((i) => i.sheet)).toEqual(['民政统计表']);
      expect(report.problems.map((p) => p.code)).not.toContain('sheet-skipped');
    }
  });

  it('given --sheet naming a sheet the workbook lacks, stops with sheet-not-found listing its sheets', () => {
    const run = duibiao('check', `${LIBREOFFICE}.xlsx`, '--sheet', '汇总');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('sheet-not-found');
    expect(run.stderr).toContain('民政统计表');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('given --sheet and only CSV inputs, which have no sheets, stops with sheet-without-workbook rather than ignore it', () => {
    const run = duibiao('check', `${SAMPLE}.csv`, '--sheet', '民政统计表', '-f', 'json');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('sheet-without-workbook');
    expect(run.stderr).toContain("'民政统计表'");
    expect(run.stdout).toBe('');
  });

  it('given --sheet, a CSV file and a workbook, picks the sheet of the workbook and reads the CSV file whole', () => {
    const { code, report } = checkJson(
      `${SAMPLE}.csv`,
      `${LIBREOFFICE}.xlsx`,
      '--sheet',
      '民政统计表',
      '--as-of',
      '2022-12-31',
    );
    expect(code).toBe(1);
    expect(report.inputs.map((input) => [input.format, input.sheet, input.rows])).toEqual([
      ['csv', undefined, 8],
      ['xlsx', '民政统计表', 8],
    ]);
  });

  it('given --sheet naming a short sheet whose header names no key column, reports no-header and reads none of its lines, as of a CSV file', () => {
    const lines = [
      ['地区', '统计年', '村数'],
      ['青岚市', '2022', '96'],
      ['石桥县', '2022', '203'],
    ];
    const book = join(dir, 'english-header-short-sheet.xlsx');
    writeFileSync(book, writeWorkbook([{ name: 'Return', rows: lines }]));
    const csv = join(dir, 'english-header-short-sheet.csv');
    writeFileSync(csv, `${lines.map((line) => line.join(',')).join('\n')}\n`);
    const fromBook = checkJson(book, '--sheet', 'Return', '--as-of', '2022-12-31');
    const fromCsv = checkJson(csv, '--as-of', '2022-12-31');
    // No line names the county or the year: the header is missing, and no line is taken for a county.
    expect(fromBook.report.summary.rows).toBe(0);
    expect(fromBook.report.problems.map((p) => [p.code, p.sheet, p.line])).toEqual([['no-header', 'Return', 1]]);
    expect(fromBook.report.summary).toEqual(fromCsv.report.summary);
  });

  it('given --sheet naming the notes sheet, reads it as asked and says it has no header', () => {
    const { code, report } = checkJson(`${LIBREOFFICE}.xlsx`, '--sheet', '填表说明');
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.code, p.sheet])).toEqual([['no-header', '填表说明']]);
  });
});

describe('a sheet is recognised by the header search that reads it', () => {
  it('given a sheet whose labels carry their units (年度（年）, 行政村总数（个）), reads it as the same CSV is read, never skips it', () => {
    const header = ['县市区', '年度（年）', '行政村总数（个）', '建有互助养老服务点的行政村数（个）'];
    const rows = [['2022年养老服务统计表'], header, ['甲县', 2022, 96, 71], ['乙县', 2022, 203, 130]];
    const file = join(dir, 'labels-with-units.xlsx');
    writeFileSync(file, writeWorkbook([{ name: '养老', rows }]));
    writeFileSync(join(dir, 'labels-with-units.csv'), rows.map((row) => row.join(',')).join('\n'));
    const book = checkJson(file, '--as-of', '2022-12-31');
    const csv = checkJson(join(dir, 'labels-with-units.csv'), '--as-of', '2022-12-31');
    expect(book.report.inputs.map((input) => [input.sheet, input.rows])).toEqual([['养老', 2]]);
    expect(book.report.problems.map((p) => p.code)).not.toContain('sheet-skipped');
    expect(withoutPlace(book.report.findings)).toEqual(withoutPlace(csv.report.findings));
  });
});

describe('a workbook without a header is one problem, as a CSV file without one', () => {
  it("given a workbook none of whose sheets names the pack's columns, reports one no-header for the workbook and checks the run's other files", () => {
    const file = join(dir, 'cover-and-chart-only.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        { name: '封面', rows: [['2022年民政工作统计报表'], ['青岚州民政局']] },
        { name: 'Sheet2', rows: [] },
      ]),
    );
    const run = checkJson(file, 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.report.problems.map((p) => [p.code, p.level, p.file, p.sheet])).toEqual([
      ['no-header', 'error', file, undefined],
    ]);
    expect(run.report.summary.rows).toBe(8);
  });

  it('given sheet names that hold line separators, names them escaped, never raw', () => {
    const file = join(dir, 'odd-sheet-names.xlsx');
    writeFileSync(file, writeWorkbook([{ name: '封面\u2028x\u0085y', rows: [['说明']] }]));
    const run = duibiao('check', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('封面\\u2028x\\u0085y');
    expect(run.stdout).not.toMatch(/[\u2028\u0085]/);
  });
});

describe('workbooks that cannot be checked stop with a coded error and no stack', () => {
  it('given a password-protected .xlsx (an OLE file with EncryptionInfo), returns workbook-encrypted', async () => {
    const file = join(dir, 'password-protected.xlsx');
    writeFileSync(file, await encryptedXlsx(Buffer.alloc(8192, 3)));
    const run = duibiao('check', file);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('workbook-encrypted');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('every format shows a workbook problem by its sheet and cell', () => {
  const file = `${LIBREOFFICE}.xlsx`;
  it.each([
    { format: 'table', expect: /民政统计表.*第6行 单元格 J6.*excel-error/ },
    { format: 'markdown', expect: /工作表“民政统计表” 第6行 单元格 J6/ },
    { format: 'junit', expect: /工作表“民政统计表” 第6行 单元格 J6/ },
    {
      format: 'github',
      expect: /file=fixtures\/libreoffice[^,]*\.xlsx,line=6,title=数据问题 · 民政统计表 · dibao_standard \(J6\)::/,
    },
    { format: 'sarif', expect: /"properties": \{\s*"sheet": "民政统计表",\s*"cell": "J6"/ },
    { format: 'csv', expect: /,file,sheet,line,scope,/ },
  ])('given --format $format, shows it', ({ format, expect: want }) => {
    const run = duibiao('check', file, '--as-of', '2022-12-31', '--format', format);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(want);
  });
});
