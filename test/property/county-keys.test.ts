// The county-year and code-year tables (CountyKeys) against a plain model of what they decide: for
// every row, where its county-year and its code-year were first seen and the first code its
// county-year came with, whatever the names, codes and periods, and however their fingerprints fall.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountyKeys, NameTable, fnv1a, type FirstSeen } from '../../src/read/key-index.js';
import { budget, settings } from './settings.js';

interface KeyRow {
  /** Tables of one data set share their names (and a county's own code). */
  table: number;
  county: string;
  period: number;
  file: number;
  code: string | null;
}

/** What the tables must answer, kept in Maps by the texts themselves. */
function model(rows: readonly KeyRow[]): unknown[] {
  const years = new Map<string, FirstSeen & { code?: number }>();
  const codeYears = new Map<string, FirstSeen>();
  return rows.map((row, i) => {
    const line = i + 2;
    const key = JSON.stringify([row.table, row.county, row.period]);
    const year = years.get(key);
    if (!year) years.set(key, { file: row.file, line });
    if (row.code === null) return [year && { file: year.file, line: year.line }];
    const codeKey = JSON.stringify([row.table, row.code, row.period]);
    const codeYear = codeYears.get(codeKey);
    if (!codeYear) codeYears.set(codeKey, { file: row.file, line });
    const entry = years.get(key)!;
    const firstCode = entry.code;
    entry.code ??= Number(row.code) >>> 0;
    return [year && { file: year.file, line: year.line }, codeYear, firstCode];
  });
}

function tables(rows: readonly KeyRow[], names: NameTable): unknown[] {
  const byTable = [new CountyKeys(names), new CountyKeys(names)];
  return rows.map((row, i) => {
    const keys = byTable[row.table]!;
    const line = i + 2;
    const year = keys.add(row.county, row.period, row.file, line);
    if (row.code === null) return [year];
    const codeYear = keys.codeYear(row.code, row.period, row.file, line);
    return [year, codeYear, keys.firstCode(row.code)];
  });
}

// Few counties and codes, so that rows meet: counties that are digits as codes are, codes of one
// value written two ways (012345, 12345), codes that are not digits, a county with a second code,
// one code under several counties.
const counties = fc.constantFrom('甲县', '乙县', '丙县', '440101', '甲', '');
const codes = fc.constantFrom('440101', '440102', '012345', '12345', '甲县', 'x1', '123456789', '');
const row = (periods: fc.Arbitrary<number>) =>
  fc.record({
    table: fc.constantFrom(0, 0, 0, 1),
    county: counties,
    period: periods,
    file: fc.integer({ min: 0, max: 2 }),
    code: fc.option(codes, { nil: null, freq: 4 }),
  });
// Every fingerprint alike, fingerprints by length, and the real one.
const hashes = fc.constantFrom(
  () => 7,
  (name: string) => name.length,
  fnv1a,
);

describe('CountyKeys', () => {
  it(
    'answers every row as the model does: county-years, code-years and first codes',
    () => {
      fc.assert(
        fc.property(fc.array(row(fc.integer({ min: 2020, max: 2023 })), { maxLength: 60 }), hashes, (rows, hash) => {
          expect(tables(rows, new NameTable(hash))).toEqual(model(rows));
        }),
        settings(2000),
      );
    },
    budget(2000),
  );

  it(
    'answers as the model does with many periods a county, past the tables’ growth',
    () => {
      fc.assert(
        fc.property(
          fc.array(row(fc.integer({ min: 0, max: 600 })), { minLength: 1000, maxLength: 3000 }),
          hashes,
          (rows, hash) => {
            expect(tables(rows, new NameTable(hash))).toEqual(model(rows));
          },
        ),
        settings(40),
      );
    },
    budget(40),
  );
});
