import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/read/key-index.js';

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
