// Returns as offices build them around their sheet: a hidden 代码表 behind the drop-downs, a list
// of counties and codes left visible, a county merged down over its two year rows, a workbook a
// program wrote with formulas never computed, and the filled-in template with its own 说明 sheet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook, type TestCell } from '../workbook-writer.js';
import { checkJson, duibiao, type Finding } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-workbook-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const MERGED = 'fixtures/workbooks/libreoffice-hidden-code-list-county-merged-over-two-years';
const [LABELS, ...ROWS] = readFileSync(SAMPLE, 'utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const countyVerdicts = (findings: Finding[]) =>
  findings.filter((f) => f.scope === 'county').map((f) => [f.county, f.year, f.rule, f.status]);
const csv = checkJson(SAMPLE, '--as-of', '2022-12-31').report;

describe('a return saved by LibreOffice with a hidden 代码表 and 云溪县 merged down over 2021 and 2022', () => {
  it.each(['xlsx', 'xls'])(
    'given the .%s, skips the hidden sheet by name and reads 云溪县 in both year rows',
    (format) => {
      const { code, report } = checkJson(`${MERGED}.${format}`, '--as-of', '2022-12-31');
      expect(code).toBe(1);
      // The 代码表 makes no row, no missing verdict: it is named once, as hidden.
      expect(report.inputs.map((input) => [input.sheet, input.rows])).toEqual([['民政统计表', 9]]);
      expect(report.problems.map((p) => [p.code, p.sheet])).toEqual([['sheet-skipped', '代码表']]);
      expect(report.problems[0]!.message).toContain('隐藏');
      // The merged name and code reach the second row: 云溪县 has its 2021 and its 2022 verdicts.
      const yunxi2021 = report.findings.filter((f) => f.county === '云溪县' && f.year === 2021);
      expect(yunxi2021).toHaveLength(19);
      // 2021's figures are 2022's: by hand, three targets missed (subsidy paid 3 of 4 months, no
      // day-care demo site, living subsidy 2983 of 3016), and every other one met.
      expect(yunxi2021.filter((f) => f.status !== 'pass').map((f) => [f.rule, f.status])).toEqual([
        ['assistance.price-subsidy-paid', 'fail'],
        ['eldercare.daycare-demo-site', 'fail'],
        ['disability.living-subsidy-paid', 'fail'],
      ]);
      // The 2022 rows are the sample's, verdict for verdict; its one missing (枫岭县's blank) stays the only one.
      expect(countyVerdicts(report.findings).filter(([, year]) => year === 2022)).toEqual(countyVerdicts(csv.findings));
      expect(report.summary.missing).toBe(csv.summary.missing);
      expect(report.summary.invalid).toBe(0);
    },
  );

  it('given --sheet naming the hidden 代码表, reads it as asked', () => {
    const { report } = checkJson(`${MERGED}.xlsx`, '--sheet', '代码表', '--as-of', '2022-12-31');
    expect(report.inputs.map((input) => [input.sheet, input.rows])).toEqual([['代码表', 8]]);
  });
});

describe('a visible list of counties and codes beside the return', () => {
  it('given a sheet whose header names only the key columns (县市区, 行政区划代码), skips it as a list, with its reason', () => {
    const file = join(dir, 'visible-code-list.xlsx');
    const codes: TestCell[][] = [['县市区', '行政区划代码', '年度'], ...ROWS.map((row) => [row[0]!, row[1]!, 2022])];
    writeFileSync(
      file,
      writeWorkbook([
        { name: '民政统计表', rows: [LABELS!, ...ROWS] },
        { name: '代码表', rows: codes },
      ]),
    );
    const { report } = checkJson(file, '--as-of', '2022-12-31');
    expect(report.inputs.map((input) => [input.sheet, input.rows])).toEqual([['民政统计表', 8]]);
    expect(report.problems.map((p) => [p.code, p.sheet, p.level])).toEqual([['sheet-skipped', '代码表', 'notice']]);
    expect(countyVerdicts(report.findings)).toEqual(countyVerdicts(csv.findings));
  });
});

describe('a workbook a program wrote, never opened in Excel: formulas without computed values', () => {
  it('given 其中已纳入救助人数 as =E2 … =E9 never computed, names each cell formula-not-computed, and its rule says invalid', () => {
    const enrolled = LABELS!.indexOf('其中已纳入救助人数');
    const rows: TestCell[][] = ROWS.map((row, r) =>
      row.map((value, i) => (i === enrolled ? { formula: `E${r + 2}`, emptyValue: r % 2 === 1 } : value)),
    );
    const file = join(dir, 'program-written-formulas-never-computed.xlsx');
    writeFileSync(file, writeWorkbook([{ name: 'Sheet1', rows: [LABELS!, ...rows] }]));
    const { code, report } = checkJson(file, '--as-of', '2022-12-31');
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.code, p.cell, p.level])).toEqual(
      ROWS.map((_, r) => ['formula-not-computed', `F${r + 2}`, 'error']),
    );
    expect(report.problems[0]!.message).toContain('=E2');
    expect(report.problems[0]!.message).toMatch(/Excel 或 WPS/);
    // Only the rule that reads the column cannot judge: invalid for every county, never fail.
    const byRule = (rule: string) =>
      report.findings.filter((f) => f.scope === 'county' && f.rule === rule).map((f) => f.status);
    expect(byRule('assistance.all-eligible-enrolled')).toEqual(ROWS.map(() => 'invalid'));
    const others = (findings: Finding[]) =>
      countyVerdicts(findings).filter(([, , rule]) => rule !== 'assistance.all-eligible-enrolled');
    expect(others(report.findings)).toEqual(others(csv.findings));
  });

  it('given --lang en, says the same in English', () => {
    const file = join(dir, 'program-written-formulas-never-computed.xlsx');
    const run = duibiao('check', file, '--as-of', '2022-12-31', '--lang', 'en', '-f', 'json');
    const problem = (JSON.parse(run.stdout) as { problems: { code: string; message: string }[] }).problems[0]!;
    expect(problem.code).toBe('formula-not-computed');
    expect(problem.message).toMatch(/Excel or WPS/);
  });
});

describe('a formula never computed where no value is read', () => {
  it('given one in the title and one in the header, shows each as its formula, never the mark the reader puts on it', () => {
    const file = join(dir, 'formulas-in-title-and-header.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        {
          name: 'S',
          rows: [
            [{ formula: 'A9&"年报表"' }],
            ['县市区', '年度', '乡镇(街道)总数', { formula: 'X1' }],
            ['甲县', 2022, 10, 3],
          ],
        },
      ]),
    );
    const run = duibiao(
      'check',
      file,
      '-r',
      'fixtures/packs/minimal-valid.yaml',
      '--as-of',
      '2022-12-31',
      '-f',
      'json',
    );
    expect(run.stdout).not.toContain('\uFFFF');
    const problems = (JSON.parse(run.stdout) as { problems: { code: string; message: string }[] }).problems;
    expect(problems.find((p) => p.code === 'title-rows')!.message).toContain(`'=A9&"年报表"'`);
    expect(problems.find((p) => p.code === 'unknown-column')!.message).toContain(`'=X1'`);
  });
});

describe('the filled-in template', () => {
  it.each(['zh', 'en'])(
    'given the xlsx template (--lang %s) filled with the sample, reports nothing of its own 说明 sheet',
    async (lang) => {
      const template = join(dir, `template-${lang}.xlsx`);
      expect(duibiao('template', '--format', 'xlsx', '--lang', lang, '-o', template).code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(template);
      const form = book.worksheets[0]!;
      const header = (form.getRow(1).values as unknown[]).slice(1).map(String);
      ROWS.forEach((row, r) => {
        header.forEach((label, c) => {
          const value = row[LABELS!.findIndex((l) => label.startsWith(l))]!;
          form.getCell(r + 2, c + 1).value =
            value === '' ? null : /^-?\d+(\.\d+)?$/.test(value) && c > 1 ? Number(value) : value;
        });
      });
      const filled = join(dir, `filled-template-${lang}.xlsx`);
      await book.xlsx.writeFile(filled);
      const { report } = checkJson(filled, '--as-of', '2022-12-31');
      expect(report.inputs.map((input) => input.rows)).toEqual([8]);
      expect(report.problems).toEqual([]);
      expect(report.summary.problems).toBe(0);
    },
  );
});
