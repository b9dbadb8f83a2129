import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/types.js';
import { grouped, summaryLine } from '../../src/report/summary-line.js';
import { useLang } from '../../src/words/words.js';

describe('grouped', () => {
  it.each([
    { given: 0, expect: '0' },
    { given: 999, expect: '999' },
    { given: 1000, expect: '1,000' },
    { given: 5215476, expect: '5,215,476' },
    { given: 10_000_000_000, expect: '10,000,000,000' },
  ])('given $given, returns $expect', ({ given, expect: want }) => {
    expect(grouped(given)).toBe(want);
  });
});

describe('summaryLine', () => {
  // A round of millions of verdicts, as the bench makes: only what the line reads.
  const result = {
    rules: Array.from({ length: 19 }),
    summary: {
      rows: 274_499,
      pass: 5_215_476,
      fail: 12_345,
      pending: 0,
      missing: 1_000,
      invalid: 999,
      waived: 0,
      not_applicable: 0,
      problems: 1_234,
    },
    problemCounts: { errors: 1_001 },
    exitCode: 1,
  } as unknown as CheckResult;

  it.each([
    {
      lang: 'zh' as const,
      says: ['274,499 行', '达标 5,215,476', '未达标 12,345', '缺数据 1,000', '数据无效 999', '1,234（错误 1,001）'],
    },
    { lang: 'en' as const, says: ['274,499 rows', 'met 5,215,476', '12,345', '1,000', ' 999', '1,234', '1,001'] },
  ])('given millions of verdicts under $lang, groups every count by thousands', ({ lang, says }) => {
    useLang(lang);
    try {
      const line = summaryLine(result);
      for (const text of says) expect(line).toContain(text);
      expect(line).not.toMatch(/\d{4}/);
    } finally {
      useLang('zh');
    }
  });
});
