import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/baseline/compare.js';
import type { Baseline } from '../../src/baseline/read.js';
import type { DuibiaoError } from '../../src/errors.js';
import { exitCodeOfFindings } from '../../src/engine/outcome.js';
import type { Status, Verdict } from '../../src/model/types.js';
import { applyRound } from '../../src/round/apply.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import type { Waiver } from '../../src/waivers/load.js';
import { parseWaivers } from '../../src/waivers/load.js';

const RULE = 'eldercare.township-center-coverage';
const RULES = [{ id: RULE, severity: 'error' as const }];
const verdict = (status: Status, year = 2022, county = '石桥县'): Verdict => ({
  rule: RULE,
  severity: 'error',
  status,
  scope: 'county',
  county,
  year,
  actual: null,
  target: null,
  comparison: null,
  detail: null,
  message: '',
  location: { file: 'c.csv', line: 2 },
});
const waiver = (more: Partial<Waiver> = {}): Waiver => ({
  county: '石桥县',
  rule: RULE,
  reason: '区划调整',
  approved_by: '州民政局',
  expires: '2022-12-31',
  file: 'w.yaml',
  line: 1,
  ...more,
});

describe('applyWaivers', () => {
  it.each([
    { given: 'a fail, a waiver expiring on the as-of day', status: 'fail', w: waiver(), expect: 'waived', notice: [] },
    { given: 'a pending verdict', status: 'pending', w: waiver(), expect: 'waived', notice: [] },
    {
      given: 'a fail, a waiver expired the day before',
      status: 'fail',
      w: waiver({ expires: '2022-12-30' }),
      expect: 'fail',
      notice: ['waiver-expired'],
    },
    {
      given: 'a fail, a waiver of another year',
      status: 'fail',
      w: waiver({ year: 2021 }),
      expect: 'fail',
      notice: ['waiver-unused'],
    },
    { given: 'a pass', status: 'pass', w: waiver(), expect: 'pass', notice: ['waiver-unused'] },
    {
      given: 'not applicable',
      status: 'not_applicable',
      w: waiver(),
      expect: 'not_applicable',
      notice: ['waiver-unused'],
    },
  ] as const)('given $given, returns $expect', ({ status, w, expect: want, notice }) => {
    const { findings, problems } = applyWaivers([verdict(status)], [w], '2022-12-31');
    expect(findings[0]!.status).toBe(want);
    expect(problems.map((p) => p.code)).toEqual(notice);
  });
});

describe('a waived verdict never fails a run', () => {
  it('given the only fail waived, returns exit 0 and counts it apart', () => {
    const result = applyRound(resultOf([verdict('fail'), verdict('pass', 2022, '白水县')]), {
      waivers: [waiver()],
      failOn: 'error',
      failOnNew: false,
    });
    expect(result.summary).toMatchObject({ fail: 0, waived: 1, pass: 1 });
    expect(result.ruleCounts[RULE]).toMatchObject({ waived: 1 });
    expect(result.exitCode).toBe(0);
  });
});

describe('compareWithBaseline', () => {
  const baseline = (findings: { year: number; status: Status }[]): Baseline => ({
    file: 'old.json',
    tool: { name: 'duibiao', version: '0.1.0' },
    pack: { id: 'p' },
    findings: findings.map(({ year, status }) => ({ rule: RULE, status, scope: 'county', county: '石桥县', year })),
  });
  it.each([
    { given: 'a fail now, a pass last year', now: 'fail', old: [{ year: 2021, status: 'pass' }], expect: 'new' },
    { given: 'a fail now, nothing before', now: 'fail', old: [], expect: 'new' },
    { given: 'a fail now, a fail last year', now: 'fail', old: [{ year: 2021, status: 'fail' }], expect: 'persisting' },
    { given: 'a pass now, a fail last year', now: 'pass', old: [{ year: 2021, status: 'fail' }], expect: 'fixed' },
    {
      given: 'a pass now, a pass in the same year and a fail the year before',
      now: 'pass',
      old: [
        { year: 2022, status: 'pass' },
        { year: 2021, status: 'fail' },
      ],
      expect: 'same',
    },
    {
      given: 'a fail now, a pass in 2021 and a fail in 2020: the latest earlier year counts',
      now: 'fail',
      old: [
        { year: 2020, status: 'fail' },
        { year: 2021, status: 'pass' },
      ],
      expect: 'new',
    },
    {
      given: 'a fail now, only a later year in the baseline',
      now: 'fail',
      old: [{ year: 2023, status: 'fail' }],
      expect: 'new',
    },
    {
      given: 'a waived miss now, a fail last year',
      now: 'waived',
      old: [{ year: 2021, status: 'fail' }],
      expect: 'persisting',
    },
    {
      given: 'a pending verdict now, a fail last year: never fixed',
      now: 'pending',
      old: [{ year: 2021, status: 'fail' }],
      expect: 'persisting',
    },
    {
      given: 'a pending verdict now, a pass last year',
      now: 'pending',
      old: [{ year: 2021, status: 'pass' }],
      expect: 'new',
    },
    {
      given: 'a waived miss now, a pass last year',
      now: 'waived',
      old: [{ year: 2021, status: 'pass' }],
      expect: 'new',
    },
    {
      given: 'a pass now, a pending verdict last year',
      now: 'pass',
      old: [{ year: 2021, status: 'pending' }],
      expect: 'fixed',
    },
    {
      given: 'a pass now, a waived miss last year',
      now: 'pass',
      old: [{ year: 2021, status: 'waived' }],
      expect: 'fixed',
    },
    { given: 'a pass now, nothing before', now: 'pass', old: [], expect: 'same' },
    {
      given: 'a pass now, a pass and a fail in the same year before',
      now: 'pass',
      old: [
        { year: 2022, status: 'pass' },
        { year: 2022, status: 'fail' },
      ],
      expect: 'fixed',
    },
    {
      given: 'a fail now, a status of a later version last year',
      now: 'fail',
      old: [{ year: 2021, status: 'excused' as Status }],
      expect: 'new',
    },
  ] as const)('given $given, returns $expect', ({ now, old, expect: want }) => {
    const { findings } = compareWithBaseline([verdict(now)], baseline([...old]), { packId: 'p', version: '0.1.0' });
    expect(findings[0]!.change).toBe(want);
  });

  it('given --fail-on-new, a persisting fail returns exit 0 and a new one exit 1', () => {
    expect(exitCodeOfFindings(RULES, [{ ...verdict('fail'), change: 'persisting' }], 0, 'error', true)).toBe(0);
    expect(exitCodeOfFindings(RULES, [{ ...verdict('fail'), change: 'new' }], 0, 'error', true)).toBe(1);
  });
});

describe('parseWaivers', () => {
  /** The mistakes a waivers file stops the run with, by code: the words are the catalogue's. */
  const mistakesOf = (text: string): string[] => {
    try {
      parseWaivers(text, 'w.yaml', [RULE]);
    } catch (error) {
      expect((error as DuibiaoError).code).toBe('waivers-invalid');
      return (error as DuibiaoError).details.map((d) => d.code);
    }
    return [];
  };
  it('given a waiver without reason, approver or expiry, names each', () => {
    expect(mistakesOf(`- county: 石桥县\n  rule: ${RULE}\n`)).toEqual(['pack-schema', 'pack-schema', 'pack-schema']);
  });
  it('given a reason with a control character, refuses it', () => {
    const text = `- county: 石桥县\n  rule: ${RULE}\n  reason: "区划\\e[31m调整"\n  approved_by: 州民政局\n  expires: 2023-06-30\n`;
    expect(mistakesOf(text)).toEqual(['pack-schema']);
  });
  it('given a valid list, returns each waiver with its line', () => {
    const text = `- county: 石桥县\n  rule: ${RULE}\n  reason: 区划调整\n  approved_by: 州民政局\n  expires: 2023-06-30\n`;
    expect(parseWaivers(text, 'w.yaml', [RULE])).toEqual([
      {
        county: '石桥县',
        rule: RULE,
        reason: '区划调整',
        approved_by: '州民政局',
        expires: '2023-06-30',
        file: 'w.yaml',
        line: 1,
      },
    ]);
  });
});

function resultOf(findings: Verdict[]) {
  const counts = { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing: 0, invalid: 0, waived: 0 };
  return {
    tool: { name: 'duibiao', version: '0.1.0' },
    pack: { id: 'p', title: 'p' },
    asOf: '2022-12-31',
    today: '2023-03-01',
    inputs: [],
    rules: [{ ...RULES[0]!, title: 't', paragraph: 9, quote: 'q' }],
    summary: { rows: findings.length, ...counts, problems: 0, totals: counts },
    ruleCounts: {},
    findings,
    problems: [],
    problemCounts: { errors: 0, byCode: {} },
    exitCode: 1 as const,
  };
}
