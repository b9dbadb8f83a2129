// A pack with a yearly and a monthly table: a row's identity is its county, period and table; each
// file is the table whose period column it holds; rules, due dates and totals are per period.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dueDate } from '../../src/engine/due.js';
import { DuibiaoError } from '../../src/errors.js';
import type { CheckResult, Verdict } from '../../src/model/types.js';
import { tablesOf } from '../../src/model/tables.js';
import { loadPack } from '../../src/pack/files.js';
import { parsePack } from '../../src/pack/load.js';
import { checkData } from '../../src/run/check-data.js';
import { shown } from '../helpers.js';

const PACK_FILE = 'fixtures/packs/monthly-price-subsidy.yaml';
const MONTHLY = 'fixtures/monthly-price-subsidy-title-units-months-total.csv';
const TWICE = 'fixtures/monthly-same-county-month-twice.csv';
const YEARLY = 'fixtures/sample-prefecture-2022.csv';
const pack = await loadPack(PACK_FILE);
const options = {
  asOf: undefined as string | undefined,
  today: '2022-12-31',
  failOn: 'error' as const,
  counting: false,
};
const dir = mkdtempSync(join(tmpdir(), 'duibiao-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = async (files: string[], more: Partial<typeof options> = {}): Promise<CheckResult> =>
  shown(await checkData(files, pack, { ...options, ...more }));
const county = (result: CheckResult, rule: string): Verdict[] =>
  result.findings.filter((v) => v.scope === 'county' && v.rule === rule);
const MONTH_RULE = 'prices.subsidy-paid-in-month';
const YEAR_RULE = 'assistance.all-eligible-enrolled';

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('a pack that declares its tables', () => {
  it('given the monthly pack, marks each period column with its table and lets a rule name its table', () => {
    expect(tablesOf(pack.fields).map((t) => [t.id, pack.fields[t.period]!.name, t.every])).toEqual([
      ['yearly', 'year', 'year'],
      ['monthly', 'month', 'month'],
    ]);
    expect(pack.rules.map((rule) => rule.table)).toEqual(['yearly', 'monthly']);
    expect(tablesOf(pack.fields)[1]!.fields.map((f) => f.name)).toEqual([
      'county',
      'county_code',
      'report_date',
      'month',
      'cpi_change',
      'subsidy_due',
      'subsidy_paid',
    ]);
  });

  it('given the built-in pack, has the yearly table first, then the monthly subsidy returns and the price index', async () => {
    const builtin = await loadPack();
    const tables = tablesOf(builtin.fields);
    expect(tables.map((table) => [table.id, builtin.fields[table.period]!.name, table.keyless])).toEqual([
      ['county-year', 'year', false],
      ['price-subsidy', 'month', false],
      ['price-index', 'month', true],
    ]);
    // The yearly table holds every column but the monthly ones: its files read as before the monthly tables.
    const monthly = ['month', 'cpi_yoy', 'food_cpi_yoy', 'subsidy_covered', 'subsidy_paid_persons'];
    expect(tables[0]!.fields.map((field) => field.name)).toEqual(
      builtin.fields.map((field) => field.name).filter((name) => !monthly.includes(name)),
    );
    expect(tables[2]!.fields.map((field) => field.name)).toEqual(['month', 'cpi_yoy', 'food_cpi_yoy']);
  });

  const text = readFileSync(PACK_FILE, 'utf8');
  const mistakes = (changed: string): string[] => {
    try {
      parsePack(changed, PACK_FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DuibiaoError);
      return (error as DuibiaoError).details.map((detail) => `${detail.code} ${detail.line}`);
    }
    return [];
  };
  it.each([
    {
      given: 'a rule naming no declared table',
      change: ['table: monthly\n    measure', 'table: weekly\n    measure'],
      expect: ['pack-table-mismatch 50'],
    },
    {
      given: 'a field naming no declared table',
      change: ["unit: '%', table: monthly", "unit: '%', table: monthy"],
      expect: ['pack-table-mismatch 22'],
    },
    {
      given: 'a monthly period column of type integer',
      change: ['type: year-month', 'type: integer'],
      expect: ['pack-table-mismatch 10'],
    },
    {
      given: 'two tables with one period column',
      change: ['column: month, every: month', 'column: year, every: year'],
      expect: ['pack-table-mismatch 10'],
    },
    {
      given: 'a yearly rule reading a monthly column',
      change: ['numerator: assistance_enrolled', 'numerator: subsidy_paid'],
      expect: ['pack-table-mismatch 33'],
    },
  ])('given $given, says where, with pack-table-mismatch', ({ change, expect: want }) => {
    expect(text.includes(change[0]!)).toBe(true);
    expect(mistakes(text.replace(change[0]!, change[1]!))).toEqual(want);
  });

  it('given a table declared twice, says so where the second is', () => {
    const found = mistakes(text.replace('id: monthly, key', 'id: yearly, key'));
    expect(found).toContain('pack-table-mismatch 10');
    expect(new Set(found.map((mistake) => mistake.split(' ')[0]))).toEqual(new Set(['pack-table-mismatch']));
  });

  const small = (tables: string, table: string): string =>
    `id: p\ntitle: t\n${tables}fields:\n  - { name: county, label: 县市区, type: text, required: true }\n  - { name: month, label: 月份, type: year-month }\n` +
    `  - { name: paid, label: 已发, type: count${table} }\nrules:\n  - { id: x.paid, title: t, severity: error, paragraph: 8, quote: q, measure: { kind: value, column: paid }, target: { op: '>=', value: 0 } }\n`;
  it('given a field with a table in a pack that declares none, says pack-table-mismatch; a pack of one monthly table needs no year', () => {
    expect(mistakes(small('', ', table: monthly'))).toEqual(['pack-missing-field 4', 'pack-table-mismatch 6']);
    expect(
      mistakes(
        small('tables: [{ id: monthly, key: county, period: { column: month, every: month } }]\n', ', table: monthly'),
      ),
    ).toEqual([]);
  });
});

describe('monthly rows', () => {
  it('given one county in three months, are three rows, none a duplicate; a county-month again is duplicate-row-key', async () => {
    const monthly = await check([MONTHLY]);
    expect(monthly.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(
      county(monthly, MONTH_RULE)
        .filter((v) => v.county === '青岚市')
        .map((v) => v.period),
    ).toEqual(['2022-03', '2022-04', '2022-05']);
    const twice = await check([TWICE]);
    const duplicates = twice.problems.filter((p) => p.code === 'duplicate-row-key');
    expect(duplicates.map((p) => [p.line, p.message.includes('青岚市 2022-03')])).toEqual([[4, true]]);
  });

  it('given a month in full-width digits and 年…月, reads it as the month it is', async () => {
    const monthly = await check([MONTHLY]);
    expect(county(monthly, MONTH_RULE).find((v) => v.county === '白水县' && v.location?.line === 10)?.period).toBe(
      '2022-03',
    );
  });

  it('given a blank month, says missing-key on the month column and judges the row missing', async () => {
    const path = file('blank-month.csv', '县市区,月份,应发价格临时补贴人次,当月足额发放人次\n青岚市,,10,10\n');
    const result = await check([path]);
    expect(result.problems.filter((p) => p.code === 'missing-key').map((p) => p.column)).toEqual(['month']);
    expect(county(result, MONTH_RULE).map((v) => [v.status, v.period])).toEqual([['missing', undefined]]);
  });

  it('fall due at the end of their month: pending before it, failed after it', async () => {
    const monthly = await check([MONTHLY]);
    const statuses = county(monthly, MONTH_RULE).map((v) => `${v.county} ${v.period} ${v.status}`);
    expect(statuses).toEqual([
      '青岚市 2022-03 pass',
      '青岚市 2022-04 pass',
      '青岚市 2022-05 not_applicable',
      '石桥县 2022-03 pass',
      '石桥县 2022-04 fail',
      '石桥县 2022-05 not_applicable',
      '白水县 2022-03 pending',
      '白水县 2022-04 pass',
      '白水县 2022-05 not_applicable',
    ]);
    expect(county(monthly, MONTH_RULE).find((v) => v.status === 'pending')?.message).toContain('2022-03-31');
    // Judged at 2022-04-29 instead, March is past due and April not yet.
    const later = await check([MONTHLY], { asOf: '2022-04-29' });
    expect(
      county(later, MONTH_RULE)
        .filter((v) => v.county === '白水县' || v.county === '石桥县')
        .map((v) => v.status),
    ).toEqual(['pass', 'pending', 'not_applicable', 'fail', 'pass', 'not_applicable']);
  });

  it.each([
    { due: 'period-end', year: 2022, month: 2, expect: '2022-02-28' },
    { due: 'period-end', year: 2024, month: 2, expect: '2024-02-29' },
    { due: 'period-end', year: 2022, month: 12, expect: '2022-12-31' },
    { due: 'period-end', year: 2022, month: undefined, expect: '2022-12-31' },
    { due: 'year-end', year: 2022, month: 3, expect: '2022-12-31' },
  ] as const)('given $due of $year-$month, falls due on $expect', ({ due, year, month, expect: want }) => {
    expect(dueDate(due, year, month)).toBe(want);
  });

  it("are totalled per month: the prefecture figure of each month from that month's rows", async () => {
    const monthly = await check([MONTHLY]);
    const totals = monthly.findings
      .filter((v) => v.scope === 'total')
      .map((v) => [v.period, v.status, v.detail, v.basis]);
    expect(totals).toEqual([
      ['2022-03', 'fail', '2670/2710', { rows: 3, of: 3 }],
      ['2022-04', 'fail', '2687/2705', { rows: 3, of: 3 }],
      ['2022-05', 'not_applicable', null, { rows: 3, of: 3 }],
    ]);
  });
});

describe('a yearly and a monthly return checked together', () => {
  it("gives each row the verdicts of its own table's rules, and each table its totals", async () => {
    const result = await check([YEARLY, MONTHLY]);
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.summary.rows).toBe(17);
    const yearly = county(result, YEAR_RULE);
    expect(yearly).toHaveLength(8);
    expect(yearly.every((v) => v.location?.file === YEARLY && v.year === 2022 && !('period' in v))).toBe(true);
    expect(county(result, MONTH_RULE).every((v) => v.location?.file === MONTHLY)).toBe(true);
    expect(county(result, MONTH_RULE)).toHaveLength(9);
    expect(result.ruleCounts[YEAR_RULE]!.pass + result.ruleCounts[MONTH_RULE]!.pass).toBe(result.summary.pass);
    expect(result.findings.filter((v) => v.scope === 'total').map((v) => `${v.rule} ${v.period ?? v.year}`)).toEqual([
      `${YEAR_RULE} 2022`,
      `${MONTH_RULE} 2022-03`,
      `${MONTH_RULE} 2022-04`,
      `${MONTH_RULE} 2022-05`,
    ]);
  });

  it("given a yearly county-year and the same county's months, finds no duplicate across the tables", async () => {
    const result = await check([YEARLY, MONTHLY, YEARLY]);
    // The yearly return twice: each of its county-years again, and nothing of the monthly one.
    const duplicates = result.problems.filter((p) => p.code === 'duplicate-row-key');
    expect(duplicates).toHaveLength(8);
    expect(duplicates.every((p) => p.file === YEARLY)).toBe(true);
  });

  it.each([
    { given: 'neither a year nor a month column', header: '县市区,应发价格临时补贴人次', row: '青岚市,10' },
    {
      given: 'both a year and a month column',
      header: '县市区,年度,月份,应发价格临时补贴人次',
      row: '青岚市,2022,2022-03,10',
    },
  ])('given a file with $given, says table-unclear and still judges its rows', async ({ header, row }) => {
    const path = file(`unclear-${header.length}.csv`, `${header}\n${row}\n`);
    const result = await check([path]);
    expect(result.problems.filter((p) => p.code === 'table-unclear').map((p) => p.line)).toEqual([1]);
    expect(result.findings.filter((v) => v.scope === 'county')).toHaveLength(1);
    expect(result.exitCode).toBe(1);
  });

  it('counts what judging every row counts', async () => {
    const asOf = { ...options, asOf: '2022-12-31' };
    for (const files of [
      [YEARLY, MONTHLY, TWICE],
      [TWICE, MONTHLY],
    ]) {
      const counted = await checkData(files, pack, { ...asOf, counting: true });
      const judged = await checkData(files, pack, { ...asOf, counting: false });
      expect(counted.ruleCounts).toEqual(judged.ruleCounts);
      expect(counted.summary).toEqual(judged.summary);
      expect(counted.problems).toEqual(judged.problems);
      expect(counted.summary.rows).toBe(files.length === 3 ? 20 : 12);
    }
  });
});
