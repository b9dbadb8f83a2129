// The xlsx report written as it streams: 总览 in the ranking order of the other reports from one
// compact row per county-year, and 明细 and 数据问题 going on in further sheets past the row limit
// (a limit of a few rows injected here, not a million), read back by exceljs's own reader.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CheckResult, ShownProblem as Problem, Status, ShownVerdict as Verdict } from '../../src/model/types.js';
import { countyRows } from '../../src/report/county-rows.js';
import { EXCEL_ROWS, workbookChunks } from '../../src/report/xlsx/report.js';

const RULES = ['a.one', 'a.two', 'a.three'];

function verdict(county: string, line: number, rule: string, status: Status): Verdict {
  return {
    rule,
    severity: 'error',
    status,
    scope: 'county',
    county,
    year: 2022,
    actual: status === 'pass' ? 1 : 0.5,
    target: 1,
    comparison: '',
    detail: '1/2',
    message: `${county}：${rule}`,
    location: { file: '县报.csv', line },
  };
}

function problem(line: number): Problem {
  return {
    file: '县报.csv',
    line,
    column: 'dibao_cities',
    code: 'not-a-number',
    level: 'error',
    message: `第 ${line} 行：“约200”不是数`,
  };
}

/** Five county rows of three targets, a whole-data-set verdict last, and `problems` problems. */
function resultOf(problems: number, spool: boolean): CheckResult {
  const rows: [string, Status[]][] = [
    ['乙县', ['pass', 'fail', 'pass']],
    ['甲县', ['pass', 'pass', 'pass']],
    ['丙县', ['fail', 'missing', 'not_applicable']],
    ['丁县', ['pass', 'pass', 'fail']],
    ['戊县', ['invalid', 'pending', 'waived']],
  ];
  const findings = rows.flatMap(([county, statuses], index) =>
    statuses.map((status, r) => verdict(county, index + 3, RULES[r]!, status)),
  );
  findings.push({ ...verdict('', 0, 'a.total', 'pass'), scope: 'total', county: null, location: undefined });
  const allProblems = Array.from({ length: problems }, (_, i) => problem(i + 3));
  const counted = (status: Status) => findings.filter((f) => f.status === status).length;
  return {
    tool: { name: 'duibiao', version: '0.0.0' },
    pack: { id: 'p', title: '讲话目标' },
    asOf: '2022-12-31',
    today: '2023-03-01',
    inputs: [{ file: '县报.csv', format: 'csv', rows: rows.length }],
    rules: [...RULES, 'a.total'].map((id, i) => ({
      id,
      title: `目标${i}`,
      severity: 'error',
      paragraph: 8,
      quote: '原文',
    })),
    summary: {
      rows: rows.length,
      pass: counted('pass'),
      fail: counted('fail'),
      pending: 0,
      not_applicable: 0,
      missing: 0,
      invalid: 0,
      waived: 0,
      problems,
      totals: { pass: 1, fail: 0, pending: 0, not_applicable: 0, missing: 0, invalid: 0, waived: 0 },
    },
    ruleCounts: {},
    // A large run keeps the findings and all but the first problems on disk: read through the same door.
    findings: spool ? [] : findings,
    problems: spool ? allProblems.slice(0, 1) : allProblems,
    ...(spool
      ? {
          spooled: {
            findings: () => findings[Symbol.iterator](),
            problems: () => allProblems.slice(1)[Symbol.iterator](),
          },
        }
      : {}),
    problemCounts: { errors: problems, byCode: {} },
    exitCode: 1,
  };
}

interface ReadSheet {
  name: string;
  rows: (string | number | null)[][];
  autoFilter: unknown;
}

async function written(result: CheckResult, sheetRows: number): Promise<ReadSheet[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of workbookChunks(result, { sheetRows })) chunks.push(chunk);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as (string | number | null)[]).slice(1).map((value) => value ?? null)),
    );
    return { name: sheet.name, rows, autoFilter: sheet.autoFilter };
  });
}

const dataRows = (sheets: ReadSheet[], name: string): (string | number | null)[][] =>
  sheets
    .filter((sheet) => sheet.name === name || sheet.name.startsWith(`${name} `))
    .flatMap((sheet) => sheet.rows.slice(1));

describe('the xlsx report past the row limit of a sheet', () => {
  it('given 16 verdicts and 7 problems under a limit of 5 rows a sheet, goes on in 明细 2 … 明细 4 and 数据问题 2, each sheet with its heading and filter', async () => {
    const sheets = await written(resultOf(7, false), 5);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      '总览',
      '总览 2',
      '明细',
      '明细 2',
      '明细 3',
      '明细 4',
      '数据问题',
      '数据问题 2',
    ]);
    for (const sheet of sheets) expect(sheet.rows.length).toBeLessThanOrEqual(5);
    const detail = sheets.filter((sheet) => sheet.name.startsWith('明细'));
    expect(detail.map((sheet) => sheet.rows.length - 1)).toEqual([4, 4, 4, 4]);
    for (const sheet of [...detail, ...sheets.filter((s) => s.name.startsWith('数据问题'))])
      expect(sheet.rows[0]).toEqual(sheets.find((s) => s.name === sheet.name.split(' ')[0])!.rows[0]);
    expect(detail.map((sheet) => sheet.autoFilter)).toEqual(['A1:M5', 'A1:M5', 'A1:M5', 'A1:M5']);
    expect(sheets.filter((s) => s.name.startsWith('数据问题')).map((sheet) => sheet.autoFilter)).toEqual([
      'A1:G5',
      'A1:G4',
    ]);
  });

  it('given a limit, loses and repeats no row: the sheets read in turn are the workbook of no limit', async () => {
    for (const spool of [false, true]) {
      const whole = await written(resultOf(7, spool), EXCEL_ROWS);
      const split = await written(resultOf(7, spool), 3);
      expect(whole.map((sheet) => sheet.name)).toEqual(['总览', '明细', '数据问题']);
      for (const name of ['总览', '明细', '数据问题']) {
        expect(dataRows(split, name)).toEqual(dataRows(whole, name));
      }
      expect(dataRows(whole, '明细')).toHaveLength(16);
      expect(dataRows(whole, '数据问题').map((row) => row[2])).toEqual([3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('given no problem, writes 数据问题 with its heading alone', async () => {
    const sheets = await written(resultOf(0, true), 4);
    expect(sheets.at(-1)).toMatchObject({ name: '数据问题', autoFilter: 'A1:G1' });
    expect(sheets.at(-1)!.rows).toHaveLength(1);
  });
});

describe('总览 from one compact row per county-year', () => {
  it('given findings read once from the spool, lists the county-years in the order and with the counts of countyRows', async () => {
    const result = resultOf(0, true);
    const overview = dataRows(await written(result, EXCEL_ROWS), '总览');
    const expected = countyRows(resultOf(0, false));
    expect(overview.map((row) => row.slice(0, 3))).toEqual(
      expected.map((row) => [row.county, row.year, `${row.met}/${row.applicable}`]),
    );
    expect(overview.map((row) => row[0])).toEqual(['甲县', '丁县', '乙县', '丙县', '戊县']);
    // A rule with no verdict on the row (here one judged on the whole data set only) leaves its cell blank.
    expect(overview[3]!.slice(3)).toEqual(['✗ 未达标', '? 缺数据', '– 不适用']);
  });
});
