import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import { builtin } from '../helpers.js';

const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const };

describe('counting and judging agree', () => {
  it.each([
    'fixtures/messy-cells.csv',
    'fixtures/sample-prefecture-2022.csv',
    'fixtures/no-year-column.csv',
    'fixtures/duplicate-county.csv',
  ])('given %s, counts exactly the statuses of the full verdicts', async (file) => {
    const judged = await checkData([file], builtin, { ...options, counting: false });
    const counted = await checkData([file], builtin, { ...options, counting: true });
    expect(counted.ruleCounts).toEqual(judged.ruleCounts);
    expect(counted.summary).toEqual(judged.summary);
    const byRule: Record<string, Record<string, number>> = {};
    for (const v of judged.findings.filter((f) => f.scope === 'county')) {
      byRule[v.rule] ??= { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing: 0, invalid: 0, waived: 0 };
      byRule[v.rule]![v.status]!++;
    }
    expect(judged.ruleCounts).toEqual(byRule);
  });
});
