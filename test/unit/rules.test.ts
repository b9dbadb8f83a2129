import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import { builtin, rowOf } from '../helpers.js';

const rule = (id: string) =>
  compileRule(
    builtin.rules.find((r) => r.id === id)!,
    builtin.fields,
  );
const judge = (id: string, cells: Record<string, string | undefined>, asOf = '2022-12-31') =>
  rule(id).judge(rowOf({ county: '白水县', year: '2022', ...defined(cells) }), asOf);
const defined = (cells: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(cells).filter((e): e is [string, string] => e[1] !== undefined));

describe('ratio rules', () => {
  it.each([
    { given: { townships_with_elder_center: '4', townships_total: '10' }, expect: 'pass', comparison: '40% ≥ 40%' },
    { given: { townships_with_elder_center: '6', townships_total: '16' }, expect: 'fail', comparison: '37.5% < 40%' },
    { given: { townships_with_elder_center: '0', townships_total: '0' }, expect: 'not_applicable', comparison: null },
    { given: { townships_with_elder_center: '3', townships_total: '' }, expect: 'missing', comparison: null },
    { given: { townships_with_elder_center: '3' }, expect: 'missing', comparison: null },
    { given: { townships_with_elder_center: 'abc', townships_total: '10' }, expect: 'invalid', comparison: null },
    { given: { townships_with_elder_center: '11', townships_total: '10' }, expect: 'invalid', comparison: null },
  ])('given township coverage $given, returns $expect', ({ given, expect: status, comparison }) => {
    const verdict = judge('eldercare.township-center-coverage', given);
    expect(verdict.status).toBe(status);
    expect(verdict.comparison).toBe(comparison);
  });

  it.each([
    { given: ['30', '50'], expect: 'pass' },
    { given: ['29', '50'], expect: 'fail' },
  ])('given $given.0 of $given.1 villages against ≥ 60 %, returns $expect', ({ given, expect: status }) => {
    expect(
      judge('eldercare.village-mutual-aid-coverage', { villages_with_mutual_aid: given[0]!, villages_total: given[1]! })
        .status,
    ).toBe(status);
  });

  it('given 29 of 50, reports exactly 0.58 against 0.6', () => {
    const verdict = judge('eldercare.village-mutual-aid-coverage', {
      villages_with_mutual_aid: '29',
      villages_total: '50',
    });
    expect(verdict).toMatchObject({ actual: 0.58, target: 0.6, comparison: '58% < 60%', detail: '29/50' });
  });

  it('given 100 % targets, passes only when all are covered', () => {
    expect(judge('funds.paid-on-time-in-full', { funds_due: '1,250.00', funds_paid_on_time: '1250' }).status).toBe(
      'pass',
    );
    expect(judge('funds.paid-on-time-in-full', { funds_due: '1250', funds_paid_on_time: '1249.99' }).status).toBe(
      'fail',
    );
  });
});

describe('growth rule: the standard keeps pace with prices', () => {
  it.each([
    { given: ['1009', '1000', '0.9'], expect: 'pass' },
    { given: ['1008.99', '1000', '0.9'], expect: 'fail' },
    { given: ['990', '1000', '-1.0'], expect: 'pass' },
    { given: ['1000', '0', '0.9'], expect: 'not_applicable' },
    { given: ['1009', '1000', ''], expect: 'missing' },
  ])('given $given.1 → $given.0 against CPI $given.2, returns $expect', ({ given, expect: status }) => {
    const [now, before, cpi] = given as [string, string, string];
    expect(
      judge('assistance.standard-keeps-pace-with-prices', {
        dibao_standard: now,
        dibao_standard_prev: before,
        cpi_change_pct: cpi,
      }).status,
    ).toBe(status);
  });
});

describe('value rules', () => {
  it.each([
    { id: 'eldercare.no-safety-accidents', given: '0', expect: 'pass' },
    { id: 'eldercare.no-safety-accidents', given: '1', expect: 'fail' },
    { id: 'assistance.minor-protection-center', given: '是', expect: 'pass' },
    { id: 'assistance.minor-protection-center', given: '否', expect: 'fail' },
    { id: 'assistance.minor-protection-center', given: '在建', expect: 'invalid' },
  ])('given $id = $given, returns $expect', ({ id, given, expect: status }) => {
    const column = builtin.fields[rule(id).columns[0]!]!.name;
    expect(judge(id, { [column]: given }).status).toBe(status);
  });

  it('given subsidy months against trigger months (a column target), compares them', () => {
    expect(
      judge('assistance.price-subsidy-paid', { price_subsidy_months: '3', price_trigger_months: '3' }).status,
    ).toBe('pass');
    expect(
      judge('assistance.price-subsidy-paid', { price_subsidy_months: '2', price_trigger_months: '3' }).status,
    ).toBe('fail');
  });
});

describe('due dates and years', () => {
  it.each([
    { asOf: '2022-06-30', expect: 'pending' },
    { asOf: '2022-12-31', expect: 'fail' },
    { asOf: '2023-01-15', expect: 'fail' },
  ])('given no day-care site as of $asOf, returns $expect', ({ asOf, expect: status }) => {
    expect(judge('eldercare.daycare-demo-site', { daycare_demo_sites: '0' }, asOf).status).toBe(status);
  });

  it('given a site built, passes whatever the date', () => {
    expect(judge('eldercare.daycare-demo-site', { daycare_demo_sites: '1' }, '2022-01-01').status).toBe('pass');
  });

  it.each([
    { year: '2020', expect: 'not_applicable' },
    { year: '2021', expect: 'fail' },
    { year: '2025', expect: 'fail' },
    { year: '2026', expect: 'not_applicable' },
  ])('given rehab coverage below 85 % in $year, returns $expect', ({ year, expect: status }) => {
    const verdict = rule('disability.rehab-coverage').judge(
      rowOf({ county: '甲县', year, rehab_need: '100', rehab_served: '80' }),
      '2030-01-01',
    );
    expect(verdict.status).toBe(status);
  });

  it('given a blank year, a rule with a due date is missing, one without is judged', () => {
    const row = rowOf({ county: '甲县', daycare_demo_sites: '0', eldercare_accidents: '0' });
    expect(rule('eldercare.daycare-demo-site').judge(row, '2022-12-31').status).toBe('missing');
    expect(rule('eldercare.no-safety-accidents').judge(row, '2022-12-31').status).toBe('pass');
  });
});
