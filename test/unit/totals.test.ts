import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { Totals } from '../../src/engine/totals.js';
import { builtin, rowOf, shownVerdict } from '../helpers.js';

const rules = builtin.rules
  .filter((r) => r.id === 'funds.paid-on-time-in-full' || r.id === 'eldercare.township-center-coverage')
  .map((r) => compileRule(r, builtin.fields));

function totalsOf(rows: Record<string, string>[]) {
  const totals = new Totals(rules);
  for (const cells of rows) totals.add(rowOf({ county: '甲县', year: '2022', ...cells }));
  return totals.verdicts().map((verdict) => shownVerdict(verdict));
}

describe('Totals', () => {
  it('given decimals, sums them exactly (0.1 + 0.2 of 0.3 is 100 %)', () => {
    const [funds] = totalsOf([
      { funds_due: '0.1', funds_paid_on_time: '0.1' },
      { funds_due: '0.2', funds_paid_on_time: '0.2' },
    ]);
    expect(funds).toMatchObject({ status: 'pass', detail: '0.3/0.3', actual: 1 });
  });

  it('given sums past 2^53, carries on exactly', () => {
    const big = String(2 ** 52);
    const [township] = totalsOf([
      { townships_total: big, townships_with_elder_center: big },
      { townships_total: big, townships_with_elder_center: big },
      { townships_total: '1', townships_with_elder_center: '0' },
    ]);
    // 2^53 of 2^53 + 1 is just under 100 %, and well above 40 %.
    expect(township).toMatchObject({ status: 'pass', scope: 'total', county: null });
    expect(township!.detail).toBe('9007199254740992/9007199254740993');
  });

  it('given blanks in a year, sums only the rows that have both cells, and the figure of 1 of 2 rows is missing, never pass', () => {
    const [township] = totalsOf([
      { townships_total: '10', townships_with_elder_center: '4' },
      { townships_total: '', townships_with_elder_center: '3' },
    ]);
    expect(township).toMatchObject({
      status: 'missing',
      basis: { rows: 1, of: 2 },
      detail: '4/10',
      actual: 0.4,
      comparison: '40% ≥ 40% (1/2)',
    });
  });

  it('given an unusable cell in a row left out, the total is invalid; with every row read it carries its basis and passes', () => {
    const [township] = totalsOf([
      { townships_total: '10', townships_with_elder_center: '4' },
      { townships_total: '约10', townships_with_elder_center: '3' },
    ]);
    expect(township).toMatchObject({ status: 'invalid', basis: { rows: 1, of: 2 } });
    const [whole] = totalsOf([
      { townships_total: '10', townships_with_elder_center: '4' },
      { townships_total: '10', townships_with_elder_center: '5' },
    ]);
    expect(whole).toMatchObject({ status: 'pass', basis: { rows: 2, of: 2 }, comparison: '45% ≥ 40%' });
  });

  it('given a ratio rule whose goal is a column of each row, gives it no whole-data-set verdict', () => {
    const spec = builtin.rules.find((r) => r.id === 'eldercare.township-center-coverage')!;
    const perCounty = compileRule({ ...spec, target: { op: '>=', column: 'cpi_change_pct' } }, builtin.fields);
    const totals = new Totals([perCounty, ...rules]);
    totals.add(
      rowOf({
        county: '甲县',
        year: '2022',
        townships_total: '10',
        townships_with_elder_center: '4',
        cpi_change_pct: '0.3',
        funds_due: '1',
        funds_paid_on_time: '1',
      }),
    );
    expect(totals.verdicts().map((v) => v.rule)).toEqual(rules.map((r) => r.spec.id));
  });
});
