// The one-pass county digest the html bulletin reads, against the rows sorted whole in memory
// (county-rows.ts): the same rows, places and order at both ends of the ranking, whatever the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckResult, Status, ShownVerdict as Verdict } from '../../src/model/types.js';
import { countyDigest } from '../../src/report/county-digest.js';
import { countyRows, type CountyRow } from '../../src/report/county-rows.js';
import { settings } from '../property/settings.js';

const STATUSES: Status[] = ['pass', 'fail', 'pending', 'not_applicable', 'missing', 'invalid', 'waived'];

/** A county row's verdicts, one per rule; counties and years drawn from few, so that places tie. */
const row = (rules: number) =>
  fc.record({
    county: fc.constantFrom('甲县', '乙县', '丙县', '丁县'),
    year: fc.constantFrom(2021, 2022, 2023),
    statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: rules, maxLength: rules }),
    severities: fc.array(fc.constantFrom<Verdict['severity']>('error', 'warning'), {
      minLength: rules,
      maxLength: rules,
    }),
  });

function findingsOf(
  rows: { county: string; year: number; statuses: Status[]; severities: Verdict['severity'][] }[],
): Verdict[] {
  const findings = rows.flatMap((r, index) =>
    r.statuses.map((status, i): Verdict => ({
      rule: `r${i}`,
      severity: r.severities[i]!,
      status,
      scope: 'county',
      county: r.county,
      year: r.year,
      actual: null,
      target: null,
      comparison: null,
      detail: null,
      message: '',
      location: { file: 'c.csv', line: index + 2 },
    })),
  );
  findings.push({
    rule: 'r0',
    severity: 'error',
    status: 'fail',
    scope: 'total',
    county: null,
    year: 2022,
    actual: null,
    target: null,
    comparison: null,
    detail: null,
    message: '',
  });
  return findings;
}

const shape = (rows: readonly Omit<CountyRow, 'byRule'>[]) =>
  rows.map((r) => [r.key, r.rank, r.met, r.applicable, r.errors, r.misses.map((v) => v.rule).join()]);

describe('countyDigest', () => {
  it('given any rows, keeps the first and last of the ranking, the worst with misses and the first without, as the whole sort places them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((rules) => fc.array(row(rules), { maxLength: 60 })),
        fc.integer({ min: 1, max: 12 }),
        (rows, limit) => {
          const findings = findingsOf(rows);
          const sorted = countyRows({ findings } as CheckResult);
          const digest = countyDigest(findings, { first: limit, last: limit, worstMissing: limit, firstMet: limit });
          expect(digest.rows).toBe(sorted.length);
          expect(digest.allMet).toBe(sorted.filter((r) => r.misses.length === 0).length);
          expect(shape(digest.first)).toEqual(shape(sorted.slice(0, limit)));
          expect(shape(digest.last)).toEqual(shape(sorted.slice(-limit)));
          // A row kept has each target's status, as the matrix marks it; not its verdicts.
          const marks = (row: Pick<CountyRow, 'byRule'>) => [...row.byRule].map(([rule, v]) => [rule, v.status]);
          expect(digest.first.map((row) => [...row.statuses])).toEqual(sorted.slice(0, limit).map(marks));
          expect(digest.last.map((row) => [...row.statuses])).toEqual(sorted.slice(-limit).map(marks));
          // Cards show no place: only the rows and their misses.
          const unplaced = (rows: readonly Omit<CountyRow, 'byRule'>[]) =>
            shape(rows).map(([key, , ...rest]) => [key, ...rest]);
          expect(unplaced(digest.worstMissing)).toEqual(
            unplaced(sorted.filter((r) => r.misses.length > 0).slice(-limit)),
          );
          expect(digest.firstMet.map((r) => r.key)).toEqual(
            sorted
              .filter((r) => r.misses.length === 0)
              .slice(0, limit)
              .map((r) => r.key),
          );
          expect(digest.totals).toHaveLength(1);
        },
      ),
      settings(300),
    );
  });
});
