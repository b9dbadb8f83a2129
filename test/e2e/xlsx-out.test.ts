// The xlsx report and template, read back by another reader (openpyxl): the sheets, fills, frozen
// panes, autofilters and data validations as CLI.md describes them.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
  rows: Cell[][];
  validations: Validation[];
}

function readBack(file: string): Sheet[] {
  const run = spawnSync(PYTHON!, [join(ROOT, 'test/helpers/read-xlsx.py'), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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

if (!PYTHON) console.warn('xlsx-out: NOT RUN: no python3 with openpyxl (install it as .ci/run does: apt-get install python3-openpyxl)');

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
    expect(detail.autoFilter).toBe(`A1:L${1 + 8 * 19 + 12}`);
    expect(detail.rows).toHaveLength(1 + 8 * 19 + 12);
    expect(problems.rows).toHaveLength(1);
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
    const json = JSON.parse(duibiao('check', 'fixtures/messy-cells.csv', '--as-of', '2022-12-31', '-f', 'json').stdout) as { problems: { code: string; line: number }[] };
    duibiao('check', 'fixtures/messy-cells.csv', '--as-of', '2022-12-31', '-f', `xlsx:${file}`);
    const problems = readBack(file).find((sheet) => sheet.name === '数据问题')!;
    expect(json.problems.length).toBeGreaterThan(0);
    expect(problems.rows.slice(1).map((row) => [row[4]!.value, row[1]!.value])).toEqual(json.problems.map((p) => [p.code, p.line]));
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
    const of = (label: string) => form.validations.find((v) => v.sqref.startsWith(`${letter(header.indexOf(label))}2:`))!;
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
    expect(of('低保平均标准（元/人·月）')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formula1: '0' });
    expect(of('填报日期').type).toBe('date');
    expect(of('行政区划代码')).toMatchObject({ type: 'textLength', operator: 'equal', formula1: '6' });

    expect(guide.name).toBe('说明');
    expect(guide.rows).toHaveLength(1 + 38);
    const identified = guide.rows.find((row) => row[1]!.value === 'assistance_identified')!;
    expect(identified[4]!.value).toBe('人');
    expect(String(identified[6]!.value)).toContain('应保尽保、应救尽救（讲话第 8 段）：“要完善困难人员监测预警');
  });
});

/** 0 → A, 27 → AB. */
function letter(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}
