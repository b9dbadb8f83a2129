// The xlsx report and template, read back by another reader (openpyxl): the sheets, fills, frozen
// panes, autofilters, data validations, number formats and page setup as CLI.md describes them; and
// printed to PDF by LibreOffice, where it is installed, to count the pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../helpers/python.js';
import { duibiao, ROOT } from './run.js';

const OUT = join(ROOT, 'test-output', 'xlsx');
const FORMULA = '=HYPERLINK("http://example.com","x")';

interface Cell {
  value: string | number | boolean | null;
  type: string;
  fill: string | null;
  format: string;
}
interface Print {
  orientation: string | null;
  paperSize: number | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  titleRows: string | null;
}
interface Validation {
  sqref: string;
  type: string;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  prompt: string | null;
  showInputMessage: boolean;
  showErrorMessage: boolean;
  errorStyle: string | null;
}
interface Sheet {
  name: string;
  freeze: string | null;
  autoFilter: string | null;
  print: Print;
  widths: Record<string, number>;
  rows: Cell[][];
  validations: Validation[];
}

function readBack(file: string): Sheet[] {
  const run = spawnSync(PYTHON!, [join(ROOT, 'test/helpers/read-xlsx.py'), file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { sheets: Sheet[] }).sheets;
}

/** What Excel does with a typed value under a validation of type whole or list (the two the tests type into). */
function accepts(validation: Validation, typed: string): boolean {
  if (validation.type === 'list') return validation.formula1!.replace(/^"|"$/g, '').split(',').includes(typed);
  if (validation.type === 'whole') {
    if (!/^-?\d+$/.test(typed)) return false;
    const value = Number(typed);
    if (validation.operator === 'greaterThanOrEqual') return value >= Number(validation.formula1);
    return value >= Number(validation.formula1) && value <= Number(validation.formula2);
  }
  throw new Error(`no judge for ${validation.type}`);
}

/** Every sheet prints on A4 landscape, one page wide and as many long as it needs, its heading row on each page. */
const PRINTED: Print = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: '$1:$1',
};

if (!PYTHON)
  console.warn(
    'xlsx-out: NOT RUN: no python3 with openpyxl (install it as .ci/run does: apt-get install python3-openpyxl)',
  );

describe('a workbook is never written to a terminal', { timeout: 60_000 }, () => {
  it('refuses -f xlsx without a file, and template --format xlsx without -o (exit 2)', () => {
    const check = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '-f', 'xlsx');
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr).toMatch(/-f xlsx:\S+ .*\[usage\]/);
    const template = duibiao('template', '--format', 'xlsx');
    expect(template.code).toBe(2);
    expect(template.stdout).toBe('');
  });
});

describe.skipIf(!PYTHON)('the xlsx report, read back with openpyxl', { timeout: 120_000 }, () => {
  mkdirSync(OUT, { recursive: true });

  it('has 总览 with every county-year × target, filled by verdict, headings frozen; 明细 with an autofilter; 数据问题', () => {
    const file = join(OUT, 'sample.xlsx');
    const run = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    expect(run.code).toBe(1);
    const sheets = readBack(file);
    expect(sheets.map((s) => s.name)).toEqual(['总览', '明细', '数据问题']);
    const [overview, detail, problems] = sheets as [Sheet, Sheet, Sheet];
    expect(overview.freeze).toBe('D2');
    expect(overview.rows).toHaveLength(1 + 8);
    expect(overview.rows[0]).toHaveLength(3 + 19);
    const marks = overview.rows.slice(1).flatMap((row) => row.slice(3));
    expect(marks.every((cell) => typeof cell.value === 'string' && cell.fill !== null)).toBe(true);
    // A fail and a pass look different.
    const fail = marks.find((cell) => String(cell.value).includes('未达标'))!;
    const pass = marks.find((cell) => String(cell.value).includes('✓'))!;
    expect(fail.fill).not.toBe(pass.fill);
    expect(marks.filter((cell) => String(cell.value).includes('未达标'))).toHaveLength(13);

    expect(detail.freeze).toBe('A2');
    expect(detail.autoFilter).toBe(`A1:M${1 + 8 * 19 + 12}`);
    expect(detail.rows).toHaveLength(1 + 8 * 19 + 12);
    expect(problems.rows).toHaveLength(1);
    for (const sheet of sheets) expect(sheet.print, sheet.name).toEqual(PRINTED);
    // Each column as wide as what it holds: the county column fits 青岚市 (three characters, six units).
    expect(detail.widths.A).toBeGreaterThanOrEqual(8);
    expect(detail.widths.A).toBeLessThan(14);
  });

  it("writes a ratio's figures as numbers shown as percentages, exactly; a growth's with a % sign; a count as it is", () => {
    const file = join(OUT, 'sample-figures.xlsx');
    duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    const detail = readBack(file)[1]!;
    const row = (rule: string, county: string) =>
      detail.rows.find((cells) => cells[2]!.value === rule && cells[0]!.value === county)!;
    const coverage = row('eldercare.township-center-coverage', '石桥县');
    expect([coverage[6]!.value, coverage[7]!.value]).toEqual([0.375, 0.4]);
    expect([coverage[6]!.format, coverage[7]!.format]).toEqual(['0.0#%', '0.0#%']);
    const growth = row('assistance.standard-keeps-pace-with-prices', '竹湾县');
    expect([growth[6]!.value, growth[7]!.value]).toEqual([1.5, 2]);
    expect(growth[6]!.format).toBe('0.0#"%"');
    const count = row('assistance.price-subsidy-paid', '云溪县');
    expect([count[6]!.value, count[6]!.format]).toEqual([3, 'General']);
    // The whole prefecture's ratio too.
    const total = detail.rows.find(
      (cells) => cells[2]!.value === 'safety.hazards-rectified' && cells[12]!.value === '全州合计',
    )!;
    expect(total[6]!.format).toBe('0.0#%');
    expect(total[6]!.value).toBeCloseTo(0.990228013029316, 15);
  });

  it("names its sheets and headings in the run's language", () => {
    const file = join(OUT, 'sample-en.xlsx');
    duibiao(
      'check',
      'fixtures/sample-prefecture-2022.csv',
      '--as-of',
      '2022-12-31',
      '-f',
      `xlsx:${file}`,
      '--lang',
      'en',
    );
    const sheets = readBack(file);
    expect(sheets.map((s) => s.name)).toEqual(['Overview', 'Details', 'Data problems']);
    expect(sheets[1]!.rows[0]!.map((cell) => cell.value)).toEqual([
      'county',
      'year',
      'rule',
      'target',
      'verdict',
      'severity',
      'actual',
      'goal',
      'message',
      'file',
      'sheet',
      'row',
      'scope',
    ]);
    expect(sheets[2]!.rows[0]!.map((cell) => cell.value)).toEqual([
      'file',
      'sheet',
      'row',
      'column',
      'severity',
      'code',
      'message',
    ]);
    for (const sheet of sheets) expect(sheet.print, sheet.name).toEqual(PRINTED);
  });

  it('writes a county named like a formula as a string cell, never a formula', () => {
    const file = join(OUT, 'formula-county.xlsx');
    duibiao('check', 'fixtures/formula-in-county-name.csv', '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    const sheets = readBack(file);
    const cells = sheets.flatMap((sheet) => sheet.rows.flat());
    const named = cells.filter((cell) => cell.value === FORMULA);
    expect(named.length).toBeGreaterThan(19);
    expect(named.every((cell) => cell.type === 's')).toBe(true);
    expect(cells.filter((cell) => cell.type === 'f')).toEqual([]);
  });

  it('lists the data problems with their locations', () => {
    const file = join(OUT, 'messy-cells.xlsx');
    const json = JSON.parse(
      duibiao('check', 'fixtures/messy-cells.csv', '--as-of', '2022-12-31', '-f', 'json').stdout,
    ) as { problems: { code: string; line: number }[] };
    duibiao('check', 'fixtures/messy-cells.csv', '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    const problems = readBack(file).find((sheet) => sheet.name === '数据问题')!;
    expect(json.problems.length).toBeGreaterThan(0);
    expect(problems.rows.slice(1).map((row) => [row[5]!.value, row[2]!.value])).toEqual(
      json.problems.map((p) => [p.code, p.line]),
    );
    // A CSV file has no sheets: the sheet column is left blank.
    expect(problems.rows.slice(1).every((row) => (row[1]!.value ?? '') === '')).toBe(true);
  });

  it("names the sheet of a workbook's verdicts and problems beside the file, and still prints as the others", () => {
    const input = 'fixtures/workbooks/prefecture-return-2022-wrong-total.xlsx';
    const file = join(OUT, 'workbook-sheets.xlsx');
    const json = JSON.parse(duibiao('check', input, '--as-of', '2022-12-31', '-f', 'json').stdout) as {
      findings: { location?: { sheet?: string; line: number } }[];
      problems: { code: string; sheet?: string; line: number }[];
    };
    duibiao('check', input, '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    const sheets = readBack(file);
    const [, detail, problems] = sheets as [Sheet, Sheet, Sheet];
    expect(detail.rows[0]!.slice(9, 12).map((cell) => cell.value)).toEqual(['文件', '工作表', '行']);
    expect(problems.rows[0]!.slice(0, 3).map((cell) => cell.value)).toEqual(['文件', '工作表', '行']);
    expect(json.findings.some((v) => v.location?.sheet === '主要指标')).toBe(true);
    expect(detail.rows.slice(1).map((row) => [row[10]!.value ?? '', row[11]!.value])).toEqual(
      json.findings.map((v) => [v.location?.sheet ?? '', v.location?.line ?? null]),
    );
    expect(json.problems.length).toBeGreaterThan(0);
    expect(problems.rows.slice(1).map((row) => [row[1]!.value, row[2]!.value, row[5]!.value])).toEqual(
      json.problems.map((p) => [p.sheet, p.line, p.code]),
    );
    expect(detail.autoFilter).toBe(`A1:M${detail.rows.length}`);
    for (const sheet of sheets) expect(sheet.print, sheet.name).toEqual(PRINTED);
  });
});

describe.skipIf(!PYTHON)('the xlsx template, read back with openpyxl', { timeout: 120_000 }, () => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'template.xlsx');

  it('has the labels with their units, a frozen header, and a validation with an input message on every column', () => {
    const run = duibiao('template', '--format', 'xlsx', '-o', file);
    expect(run.code).toBe(0);
    const [form, guide] = readBack(file) as [Sheet, Sheet];
    expect(form.name).toBe('填报表');
    expect(form.freeze).toBe('B2');
    const header = form.rows[0]!.map((cell) => cell.value);
    expect(header).toHaveLength(38);
    expect(header).toContain('低保平均标准（元/人·月）');
    expect(header).toContain('县级未成年人保护中心已建成');
    const columns = form.validations.map((v) => v.sqref.replace(/\d+:.*$/, ''));
    expect(new Set(columns).size).toBe(38);
    for (const v of form.validations) {
      expect(v.sqref).toMatch(/^[A-Z]+2:[A-Z]+501$/);
      expect(v.prompt, v.sqref).toBeTruthy();
      expect(v.showInputMessage && v.showErrorMessage).toBe(true);
      expect(v.errorStyle).toBe('stop');
    }
    const of = (label: string) =>
      form.validations.find((v) => v.sqref.startsWith(`${letter(header.indexOf(label))}2:`))!;
    // A count: whole ≥ 0, so 是 is refused as it is typed.
    const count = of('监测发现符合救助条件人数（人）');
    expect([count.type, count.operator, count.formula1]).toEqual(['whole', 'greaterThanOrEqual', '0']);
    expect(accepts(count, '是')).toBe(false);
    expect(accepts(count, '-1')).toBe(false);
    expect(accepts(count, '4518')).toBe(true);
    // A yes/no: a 是/否 list, so 否 is accepted and 无 is not.
    const yesno = of('县级未成年人保护中心已建成');
    expect(yesno.type).toBe('list');
    expect(accepts(yesno, '否')).toBe(true);
    expect(accepts(yesno, '无')).toBe(false);
    // A part is not above its total: a custom formula against the total's column.
    const part = of('其中已纳入救助人数（人）');
    expect(part.type).toBe('custom');
    expect(part.formula1).toBe('AND(ISNUMBER(F2),F2=INT(F2),F2>=0,OR(E2="",F2<=E2))');
    expect(of('低保平均标准（元/人·月）')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formula1: '0',
    });
    expect(of('填报日期').type).toBe('date');
    expect(of('行政区划代码')).toMatchObject({ type: 'textLength', operator: 'equal', formula1: '6' });

    expect(form.print).toEqual(PRINTED);
    expect(guide.print).toEqual(PRINTED);
    // A heading wraps in its tall row: no column is wider than 20 units for the sake of its label.
    expect(Math.max(...Object.values(form.widths))).toBeLessThanOrEqual(20);
    expect(guide.name).toBe('说明');
    expect(guide.rows).toHaveLength(1 + 38);
    const identified = guide.rows.find((row) => row[1]!.value === 'assistance_identified')!;
    expect(identified[4]!.value).toBe('人');
    expect(String(identified[6]!.value)).toContain('应保尽保、应救尽救（讲话第 8 段）：“要完善困难人员监测预警');
  });
});

describe.skipIf(!PYTHON)('the xlsx template under --lang en', { timeout: 120_000 }, () => {
  it("names its sheets in English; the guide keeps its heading row, by which a filled-in template's guide is known", () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'template-en.xlsx');
    expect(duibiao('template', '--format', 'xlsx', '-o', file, '--lang', 'en').code).toBe(0);
    const [form, guide] = readBack(file) as [Sheet, Sheet];
    expect([form.name, guide.name]).toEqual(['Form', 'Guide']);
    expect(guide.rows[0]!.map((cell) => cell.value)).toEqual([
      'column',
      'name',
      'label',
      'type',
      'unit',
      'what to enter',
      'targets that use it, with the speech',
    ]);
    expect(guide.print).toEqual(PRINTED);
  });
});

/** LibreOffice, to print a workbook to PDF as an office would; absent on many machines. */
const SOFFICE = ['soffice', 'libreoffice'].find(
  (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0,
);
if (!SOFFICE) console.warn('xlsx-out: printing NOT RUN: no LibreOffice (soffice) to convert the workbooks to PDF');

/** The pages of a PDF LibreOffice wrote, each as [width, height] in points. */
function pagesOf(pdf: string): [number, number][] {
  const text = readFileSync(pdf, 'latin1');
  const pages = text.split(/\/Type\s*\/Page(?![s\w])/).slice(1);
  return pages.map((page) => {
    const box =
      /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page) ??
      /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
    return [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])];
  });
}

describe.skipIf(!SOFFICE)('the workbooks printed by LibreOffice', { timeout: 180_000 }, () => {
  it('prints the 8-county report on 5 A4 landscape pages (23 portrait before), and the template on 2', () => {
    const dir = join(OUT, 'print');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    duibiao(
      'check',
      'fixtures/sample-prefecture-2022.csv',
      '--as-of',
      '2022-12-31',
      '-f',
      `xlsx:${join(dir, 'report.xlsx')}`,
    );
    duibiao('template', '--format', 'xlsx', '-o', join(dir, 'template.xlsx'));
    // Its own profile, so that a LibreOffice already running for someone else is not in the way.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile').replace(/\\/g, '/')}`;
    const run = spawnSync(
      SOFFICE!,
      [
        profile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'report.xlsx'),
        join(dir, 'template.xlsx'),
      ],
      { encoding: 'utf8', timeout: 150_000 },
    );
    expect(run.status).toBe(0);
    const report = pagesOf(join(dir, 'report.pdf'));
    const template = pagesOf(join(dir, 'template.pdf'));
    // 总览 on one page, 明细's 165 rows on three, 数据问题 on one; the form and its guide one each.
    expect(report.length).toBeLessThanOrEqual(5);
    expect(template.length).toBeLessThanOrEqual(2);
    for (const [width, height] of [...report, ...template]) {
      expect(width).toBeCloseTo(841.89, 0);
      expect(height).toBeCloseTo(595.3, 0);
    }
  });
});

/** 0 → A, 27 → AB. */
function letter(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}
