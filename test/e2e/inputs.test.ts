// Inputs as an office PC names them: a folder of returns, a pattern as cmd.exe and PowerShell pass
// it (unexpanded), and the lock files Excel and WPS leave beside an open workbook.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { expandInputs } from '../../src/read/inputs.js';
import { checkJson, duibiao, stopOf } from './run.js';

const FOLDER = 'fixtures/folder-with-lock-files-a-document-and-a-subfolder';
const AT = ['--as-of', '2022-12-31'];
// Numbers by value (第2批 before 第10批), Chinese by pinyin (白 bái before 云 yún), as Explorer shows them.
const IN_NAME_ORDER = ['第2批 白水县2022.xlsx', '第2批 云溪县2022.csv', '第10批 石桥县2022.csv'];
const LOCKS = ['.~第2批 云溪县2022.csv', '~$第2批 白水县2022.xlsx'];

const dir = mkdtempSync(join(tmpdir(), 'duibiao-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesOf = (report: { inputs: { file: string }[] }) => report.inputs.map((input) => input.file);
const locksOf = (report: { problems: { code: string; file: string; level: string }[] }) =>
  report.problems.filter((p) => p.code === 'lock-file-skipped').map((p) => (expect(p.level).toBe('notice'), p.file));

describe('a folder given as an input', () => {
  it('is read as the returns directly in it, in name order; not its subfolder, its document or its lock files, which are named', () => {
    const { code, report } = checkJson(FOLDER, ...AT);
    expect(code).toBe(1);
    expect(filesOf(report)).toEqual(IN_NAME_ORDER.map((name) => join(FOLDER, name)));
    expect(report.summary.rows).toBe(3);
    expect(locksOf(report).sort()).toEqual(LOCKS.map((name) => join(FOLDER, name)).sort());
    expect(report.findings.filter((f) => f.scope === 'county').map((f) => f.county)).not.toContain(null);
  });

  it('gives the verdicts the same files named one by one give', () => {
    const named = checkJson(...IN_NAME_ORDER.map((name) => join(FOLDER, name)), ...AT).report;
    const folder = checkJson(FOLDER, ...AT).report;
    expect(folder.findings).toEqual(named.findings);
  });

  it('and a file in it, or two patterns matching one file, read that file once', () => {
    const once = checkJson(FOLDER, ...AT).report;
    const twice = checkJson(FOLDER, join(FOLDER, IN_NAME_ORDER[2]!), `${FOLDER}/*.csv`, ...AT).report;
    expect(filesOf(twice)).toEqual(filesOf(once));
    expect(twice.problems.filter((p) => p.code === 'duplicate-row-key')).toEqual([]);
    expect(twice.findings).toEqual(once.findings);
  });

  it('holding no return, stops as a file that does not exist does (exit 2)', () => {
    const empty = join(dir, '空文件夹');
    mkdirSync(empty);
    writeFileSync(join(empty, '说明.docx'), '');
    const run = duibiao('check', empty);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
  });
});

describe('a pattern, as cmd.exe and PowerShell pass it', () => {
  it('is expanded in name order, whatever the case of the extension; a lock file it matches is skipped and named', () => {
    const csv = checkJson(`${FOLDER}/*.csv`, ...AT).report;
    expect(filesOf(csv)).toEqual([join(FOLDER, '第2批 云溪县2022.csv'), join(FOLDER, '第10批 石桥县2022.csv')]);
    expect(locksOf(csv)).toEqual([join(FOLDER, '.~第2批 云溪县2022.csv')]);
    const xlsx = checkJson(`${FOLDER}/*.XLSX`, ...AT).report;
    expect(filesOf(xlsx)).toEqual([join(FOLDER, '第2批 白水县2022.xlsx')]);
    expect(locksOf(xlsx)).toEqual([join(FOLDER, '~$第2批 白水县2022.xlsx')]);
  });

  it('with braces and a wildcard folder, reaches into folders; the folder it names is its static base', async () => {
    const { report } = checkJson(`${FOLDER}/*/*.{csv,xlsx}`, '--as-of', '2021-12-31');
    expect(filesOf(report)).toEqual([join(FOLDER, '往年', '石桥县2021.csv')]);
    const expanded = await expandInputs([`${FOLDER}/*.csv`, FOLDER, `${FOLDER}/第2批 云溪县2022.csv`]);
    // Each file once, as it was first named: the two CSV files by the pattern, the workbook by the folder.
    expect(expanded.files.map(({ folder, by }) => ({ folder, by }))).toEqual([
      { folder: resolve(FOLDER), by: 'pattern' },
      { folder: resolve(FOLDER), by: 'pattern' },
      { folder: resolve(FOLDER), by: 'folder' },
    ]);
    const alone = await expandInputs([`${FOLDER}/第2批 云溪县2022.csv`]);
    expect(alone.files).toEqual([{ file: `${FOLDER}/第2批 云溪县2022.csv`, folder: process.cwd(), by: 'file' }]);
  });

  it('that matches no file stops as a file that does not exist does (exit 2)', () => {
    const missing = duibiao('check', join(FOLDER, '不存在.csv'));
    const unmatched = duibiao('check', `${FOLDER}/*.xls`);
    expect([missing.code, unmatched.code]).toEqual([2, 2]);
    expect(stopOf(unmatched).code).toBe(stopOf(missing).code);
    expect(stopOf(unmatched).code).toBe('file-unreadable');
  });

  it('gives way to a real file of its name: 云溪县[1].csv is that file, and 名称(1).csv is never a pattern', async () => {
    const copies = join(dir, 'copies');
    mkdirSync(copies);
    copyFileSync(join(FOLDER, '第2批 云溪县2022.csv'), join(copies, '云溪县[1].csv'));
    copyFileSync(join(FOLDER, '第10批 石桥县2022.csv'), join(copies, '云溪县1.csv'));
    expect(filesOf(checkJson(join(copies, '云溪县[1].csv'), ...AT).report)).toEqual([join(copies, '云溪县[1].csv')]);
    // As a pattern, [1] is the character 1: the other file.
    rmSync(join(copies, '云溪县[1].csv'));
    expect(filesOf(checkJson(join(copies, '云溪县[1].csv'), ...AT).report)).toEqual([join(copies, '云溪县1.csv')]);
    const copy = duibiao('check', join(copies, '云溪县(1).csv'));
    expect(copy.code).toBe(2);
    expect(stopOf(copy).code).toBe('file-unreadable');
    copyFileSync(join(FOLDER, '第2批 云溪县2022.csv'), join(copies, '云溪县(1).csv'));
    expect(filesOf(checkJson(`${copies}/*(1).csv`, ...AT).report)).toEqual([join(copies, '云溪县(1).csv')]);
    // A real folder named with brackets is the pattern's base as it is written.
    const bracketed = join(copies, '[汇总]');
    mkdirSync(bracketed);
    copyFileSync(join(FOLDER, '第2批 云溪县2022.csv'), join(bracketed, '云溪县.csv'));
    expect(filesOf(checkJson(`${bracketed}/*.csv`, ...AT).report)).toEqual([join(bracketed, '云溪县.csv')]);
    expect((await expandInputs([`${bracketed}/*.csv`])).files[0]!.folder).toBe(resolve(bracketed));
  });
});

describe('a lock file named on its own', () => {
  it.each(LOCKS)('given %s, is the usage error lock-file (exit 2), nothing read', (name) => {
    const run = duibiao('check', join(FOLDER, name), '-f', 'json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stopOf(run).code).toBe('lock-file');
  });
});

describe('the library', () => {
  it('expands a folder and a pattern as the command line does', async () => {
    expect(await check([FOLDER, `${FOLDER}/*.csv`], { asOf: '2022-12-31' })).toEqual(
      checkJson(FOLDER, `${FOLDER}/*.csv`, ...AT).report,
    );
  });
});
