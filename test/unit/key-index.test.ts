import { describe, expect, it } from 'vitest';
import { CountyKeys, fnv1a, KeyIndex, NameTable } from '../../src/read/key-index.js';

describe('KeyIndex', () => {
  it('given a county-year again, returns where it was first seen', () => {
    const index = new KeyIndex();
    expect(index.add('白水县', 2022, 0, 4)).toBeUndefined();
    expect(index.add('白水县', 2023, 0, 5)).toBeUndefined();
    expect(index.add('白水县', 2022, 1, 9)).toEqual({ file: 0, line: 4 });
  });

  it('given the first sighting in a second file, remembers that file', () => {
    const index = new KeyIndex();
    index.add('甲县', 2022, 0, 2);
    index.add('乙县', 2022, 1, 3);
    expect(index.add('乙县', 2022, 1, 7)).toEqual({ file: 1, line: 3 });
    expect(index.add('甲县', 2022, 1, 8)).toEqual({ file: 0, line: 2 });
  });

  it('given 300,000 distinct county-years, finds no duplicate, then finds each again', () => {
    const index = new KeyIndex();
    const name = (i: number) => `县${i.toString(36)}`;
    let duplicates = 0;
    for (let i = 0; i < 60_000; i++)
      for (let y = 2021; y <= 2025; y++) if (index.add(name(i), y, 0, i + 2)) duplicates++;
    expect(duplicates).toBe(0);
    for (let i = 0; i < 60_000; i += 997) expect(index.add(name(i), 2024, 0, 1)).toEqual({ file: 0, line: i + 2 });
  });
});

describe('KeyIndex, names that share a fingerprint', () => {
  // Every name hashes alike: each lookup meets every earlier name as a candidate.
  const weak = new NameTable(() => 7);

  it('given two different names with one fingerprint, tells them apart', () => {
    const index = new KeyIndex(new NameTable(() => 7));
    expect(index.add('甲县', 2022, 0, 2)).toBeUndefined();
    expect(index.add('乙县', 2022, 0, 3)).toBeUndefined();
    expect(index.add('甲县', 2022, 0, 4)).toEqual({ file: 0, line: 2 });
    expect(index.add('乙县', 2022, 0, 5)).toEqual({ file: 0, line: 3 });
  });

  it('given names that differ in length only, or in one unit, tells them apart', () => {
    const index = new KeyIndex(weak);
    for (const [i, name] of ['县', '县县', '县县县', 'ab', 'ac', 'a\u0000', ''].entries())
      expect(index.add(name, 2022, 0, i + 2)).toBeUndefined();
    expect(index.add('县县', 2022, 0, 20)).toEqual({ file: 0, line: 3 });
    expect(index.add('', 2022, 0, 21)).toEqual({ file: 0, line: 8 });
  });

  it('given the names FNV-1a itself maps alike, tells them apart', () => {
    // Two county-like names whose whole 32-bit fingerprints are equal, found by a birthday search.
    const pair: [string, string] = ['平泉阳兴青县', '青白华和华县'];
    expect(fnv1a(pair[0])).toBe(fnv1a(pair[1]));
    const index = new KeyIndex();
    expect(index.add(pair[0], 2022, 0, 2)).toBeUndefined();
    expect(index.add(pair[1], 2022, 0, 3)).toBeUndefined();
    expect(index.add(pair[1], 2022, 0, 4)).toEqual({ file: 0, line: 3 });
  });

  it('given many names with one fingerprint, across regrowth, finds each and only each again', () => {
    const names = new NameTable((name) => name.length);
    const index = new KeyIndex(names);
    for (let i = 0; i < 3000; i++) expect(index.add(`县${i}`, 2022, 1, i + 2)).toBeUndefined();
    for (let i = 0; i < 3000; i += 7) expect(index.add(`县${i}`, 2022, 0, 1)).toEqual({ file: 1, line: i + 2 });
    expect(index.add('县3000', 2022, 0, 1)).toBeUndefined();
  });

  it('given one name table shared by two indexes, keeps their keys apart', () => {
    const names = new NameTable(() => 1);
    const a = new KeyIndex(names);
    const b = new KeyIndex(names);
    expect(a.add('甲县', 2022, 0, 2)).toBeUndefined();
    expect(b.add('甲县', 2022, 0, 9)).toBeUndefined();
    expect(a.add('甲县', 2022, 0, 3)).toEqual({ file: 0, line: 2 });
    expect(names.id('甲县')).toBe(names.id('甲县'));
  });
});

describe('NameTable, codes', () => {
  it('numbers digits by their value and length, apart from names and from each other', () => {
    const names = new NameTable(() => 3);
    const ids = ['012345', '12345', '123450', '0', '00', '99999999', '甲县', '123456789'].map((n) => names.id(n));
    expect(new Set(ids).size).toBe(ids.length);
    expect(names.id('012345')).toBe(ids[0]);
    expect(names.id('甲县')).toBe(ids[6]);
    const index = new KeyIndex(names);
    expect(index.add('012345', 2022, 0, 2)).toBeUndefined();
    expect(index.add('12345', 2022, 0, 3)).toBeUndefined();
    expect(index.add('012345', 2022, 0, 4)).toEqual({ file: 0, line: 2 });
  });
});

describe('CountyKeys', () => {
  it('given a county-year with a code, keeps the first code it came with', () => {
    const keys = new CountyKeys();
    expect(keys.add('甲县', 2022, 0, 2)).toBeUndefined();
    expect(keys.codeYear('440101', 2022, 0, 2)).toBeUndefined();
    expect(keys.firstCode('440101')).toBeUndefined();
    expect(keys.add('乙县', 2022, 0, 3)).toBeUndefined();
    expect(keys.add('甲县', 2022, 0, 4)).toEqual({ file: 0, line: 2 });
    expect(keys.codeYear('440102', 2022, 0, 4)).toBeUndefined();
    expect(keys.firstCode('440102')).toBe(440101);
    // A county-year first seen without a code is given the first one that comes.
    expect(keys.add('乙县', 2022, 0, 5)).toEqual({ file: 0, line: 3 });
    expect(keys.codeYear('440103', 2022, 0, 5)).toBeUndefined();
    expect(keys.firstCode('440103')).toBeUndefined();
    expect(keys.add('乙县', 2022, 0, 6)).toEqual({ file: 0, line: 3 });
    expect(keys.codeYear('440104', 2022, 0, 6)).toBeUndefined();
    expect(keys.firstCode('440104')).toBe(440103);
  });

  it('given one code under two names in a year, says where the code-year was first seen', () => {
    const keys = new CountyKeys(new NameTable(() => 3));
    keys.add('甲县', 2022, 0, 2);
    expect(keys.codeYear('440101', 2022, 0, 2)).toBeUndefined();
    keys.add('甲县', 2023, 1, 3);
    expect(keys.codeYear('440101', 2023, 1, 3)).toBeUndefined();
    keys.add('乙县', 2023, 1, 4);
    expect(keys.codeYear('440101', 2023, 1, 4)).toEqual({ file: 1, line: 3 });
    keys.add('乙县', 2024, 1, 5);
    expect(keys.codeYear('440101', 2024, 1, 5)).toBeUndefined();
    keys.add('甲县', 2024, 1, 6);
    expect(keys.codeYear('440101', 2024, 1, 6)).toEqual({ file: 1, line: 5 });
  });

  it("given a county's second code, keeps its code-years apart from its first code's", () => {
    const keys = new CountyKeys();
    keys.add('甲县', 2022, 0, 2);
    keys.codeYear('440101', 2022, 0, 2);
    keys.add('甲县', 2022, 0, 3);
    expect(keys.codeYear('440102', 2022, 0, 3)).toBeUndefined();
    expect(keys.firstCode('440102')).toBeUndefined();
    keys.add('乙县', 2022, 0, 4);
    expect(keys.codeYear('440102', 2022, 0, 4)).toEqual({ file: 0, line: 3 });
    keys.add('丙县', 2022, 0, 5);
    expect(keys.codeYear('440101', 2022, 0, 5)).toEqual({ file: 0, line: 2 });
    // 012345 and 12345 are two codes of one value.
    keys.add('丁县', 2022, 0, 6);
    expect(keys.codeYear('12345', 2022, 0, 6)).toBeUndefined();
    keys.add('戊县', 2022, 0, 7);
    expect(keys.codeYear('012345', 2022, 0, 7)).toBeUndefined();
  });

  it('given county-years past every growth of the tables, keeps each its line and first code', () => {
    const keys = new CountyKeys(new NameTable(() => 3));
    for (let i = 0; i < 5_000; i++) {
      expect(keys.add(`县${i}`, 2022, 0, i + 2)).toBeUndefined();
      if (i % 3 === 0) continue;
      expect(keys.codeYear(String(100_000 + i), 2022, 0, i + 2)).toBeUndefined();
      expect(keys.firstCode(String(100_000 + i))).toBeUndefined();
    }
    for (let i = 0; i < 5_000; i += 7) {
      expect(keys.add(`县${i}`, 2022, 0, 1)).toEqual({ file: 0, line: i + 2 });
      expect(keys.codeYear(String(200_000 + i), 2022, 0, 1)).toBeUndefined();
      expect(keys.firstCode(String(200_000 + i))).toBe(i % 3 !== 0 ? 100_000 + i : undefined);
    }
  });

  it('given no county-year added, refuses a code', () => {
    expect(() => new CountyKeys().codeYear('1', 2022, 0, 1)).toThrow();
    expect(() => new CountyKeys().firstCode('1')).toThrow();
  });
});
