import { describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { compileRule } from '../../src/engine/compile.js';
import { loadExpressionParser } from '../../src/pack/expression-slot.js';
import { parsePack } from '../../src/pack/load.js';
import type { Pack } from '../../src/pack/pack.js';
import { tablesOf } from '../../src/model/tables.js';
import { periodStamp } from '../../src/read/table-of-header.js';
import { rowOf } from '../helpers.js';
import { saidDetails, shownVerdict } from '../helpers.js';

await loadExpressionParser();

const FIELDS = `fields:
  - { name: county, label: 县市区, type: text }
  - { name: year, label: 年度, type: integer }
  - { name: standard, label: 标准, type: amount }
  - { name: consumption, label: 人均消费, type: amount }
  - { name: cpi, label: 涨幅, type: percent }
  - { name: urban, label: 城区, type: yesno }
  - { name: note, label: 备注, type: text }
`;

const pack = (rule: string): string => `id: p
title: t
${FIELDS}rules:
  - id: x.rule
    title: 某目标
    severity: error
    paragraph: 8
    quote: 某句
${rule}`;

function mistakes(text: string): { line?: number; column?: number; code: string; message: string }[] {
  try {
    parsePack(text, 'pack.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(DuibiaoError);
    return saidDetails(error as DuibiaoError);
  }
  throw new Error('the pack was accepted');
}

/** The first rule's verdict on a row of its table, stamped with its period as the reader does. */
function judge(p: Pack, cells: Record<string, string>) {
  const rule = compileRule(p.rules[0]!, p.fields);
  const row = rowOf(cells, p.fields);
  periodStamp(tablesOf(p.fields)[0]!, p.fields)?.(row);
  return shownVerdict(rule.judge(row, '2030-01-01'), p.rules);
}

describe('expressions in a pack', () => {
  // standard × 12 / consumption ≥ 30 %: "the standard must reach 30 % of last year's per-capita consumption".
  const share = parsePack(
    pack(`    measure: { kind: expression, expression: standard * 12 / consumption, display: percent }
    target: { op: '>=', value: 30% }
`),
    'pack.yaml',
  );

  it('given an expression measure, computes it exactly: 750 × 12 / 30000 is exactly 30 %', () => {
    const verdict = judge(share, { county: '甲县', year: '2022', standard: '750', consumption: '30000' });
    expect(verdict.status).toBe('pass');
    expect(verdict.comparison).toBe('30% ≥ 30%');
    // 0.1 + 0.2 is not 0.3 in floating point; here it is.
    const tenths = parsePack(
      pack(`    measure: { kind: expression, expression: standard + consumption }
    target: { op: '=', value: 0.3 }
`),
      'pack.yaml',
    );
    expect(judge(tenths, { county: '甲县', year: '2022', standard: '0.1', consumption: '0.2' }).status).toBe('pass');
  });

  it('given a miss by one fen, fails; a division by zero is not_applicable with the expression named', () => {
    expect(judge(share, { county: '甲县', year: '2022', standard: '749.99', consumption: '30000' }).status).toBe(
      'fail',
    );
    const zero = judge(share, { county: '甲县', year: '2022', standard: '750', consumption: '0' });
    expect(zero.status).toBe('not_applicable');
    expect(zero.message).toContain('standard * 12 / consumption');
    expect(judge(share, { county: '甲县', year: '2022', standard: '750' }).status).toBe('missing');
  });

  it('given when:, judges a row where it holds and says why of one where it does not', () => {
    const p = parsePack(
      pack(`    when: cpi >= 3.5% and not urban
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
      'pack.yaml',
    );
    const row = { county: '甲县', year: '2022', standard: '700', urban: '否' };
    // A percent column holds points (3.5 for 3.5 %); the condition reads it as the fraction.
    expect(judge(p, { ...row, cpi: '3.5' }).status).toBe('fail');
    const below = judge(p, { ...row, cpi: '3.4' });
    expect(below.status).toBe('not_applicable');
    // Each column by its label, as the report's reader knows it: 涨幅 for cpi; the logic in the run's language.
    expect(below.message).toContain('涨幅 ≥ 3.5% 且 非 城区');
    expect(below.message).toContain('涨幅 = 3.4%');
    expect(judge(p, { ...row, cpi: '4', urban: '是' }).status).toBe('not_applicable');
    // A blank cell the condition reads is missing, as any cell a rule reads.
    expect(judge(p, row).status).toBe('missing');
  });

  it('given a threshold by period range, uses the range that holds the year, bounds included', () => {
    const p = parsePack(
      pack(`    when: cpi >= trigger
    thresholds:
      trigger: [{ from: 2022, to: 2023, value: 3.0% }, { value: 3.5% }]
    measure: { kind: value, column: standard }
    target: { op: '>=', value: [{ to: 2022, value: 800 }, { from: 2023, value: 900 }] }
`),
      'pack.yaml',
    );
    const at = (year: string, cpi: string, standard = '850') => judge(p, { county: '甲县', year, standard, cpi });
    expect(at('2022', '3.0').status).toBe('pass'); // in the window: 3.0 triggers, 850 ≥ 800
    expect(at('2023', '3.0').status).toBe('fail'); // in the window: 3.0 triggers, 850 < 900
    expect(at('2024', '3.0').status).toBe('not_applicable'); // outside: 3.0 is under 3.5
    expect(at('2024', '3.0').message).toContain('涨幅 ≥ 3.5%');
    expect(at('2021', '3.5').status).toBe('pass'); // 3.5 triggers outside; 850 ≥ 800
    expect(at('2021', '2.9').status).toBe('not_applicable');
  });

  it('given a target by period with no range for the year, is not_applicable and says so', () => {
    const p = parsePack(
      pack(`    measure: { kind: value, column: standard }
    target: { op: '>=', value: [{ from: 2023, value: 900 }] }
`),
      'pack.yaml',
    );
    const verdict = judge(p, { county: '甲县', year: '2022', standard: '950' });
    expect(verdict.status).toBe('not_applicable');
    expect(verdict.message).toContain('2022');
    expect(judge(p, { county: '甲县', year: '2023', standard: '950' }).status).toBe('pass');
  });
});

describe('mistakes in expressions', () => {
  it('reports every mistake at once, each at its file:line:column', () => {
    const found = mistakes(
      pack(`    when: cpii >= 3% and note > 1
    measure: { kind: expression, expression: "standard * 12 / consumpton" }
    target: { op: '>=', value: 30% }
`),
    );
    expect(found.map((m) => [m.code, m.line, m.column])).toEqual([
      ['pack-unknown-column', 17, 11], // cpii
      ['pack-type-mismatch', 17, 26], // note is text
      ['pack-unknown-column', 18, 63], // consumpton, inside the quotes
    ]);
    expect(found[0]!.message).toContain("'cpi'");
  });

  it('given syntax jsep cannot read, points at the place', () => {
    const found = mistakes(
      pack(`    when: cpi >= (3.5% and
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
    );
    expect(found.map((m) => [m.code, m.line])).toEqual([['pack-schema', 17]]);
    expect(found[0]!.column).toBe(27); // the end, where the bracket is left open
    // jsep's own English is not shown: the message is the catalogue's.
    expect(found[0]!.message).not.toMatch(/Expected|Unclosed|character/);
    const compound = mistakes(
      pack(`    when: cpi >= 3.5% and
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
    );
    expect(compound.map((m) => m.code)).toEqual(['pack-schema']);
  });

  it.each([
    ['a function call', 'max(standard, 1) > 1', '()'],
    ['a member', 'standard.length > 1', '.'],
    ['the remainder', 'standard % 2 == 0', '%'],
    ['a conditional', 'urban ? true : false', '?:'],
    ['a string', "note == 'x'", "'x'"],
    ['a bitwise operator', 'standard | 1 > 0', '|'],
  ])('given %s, refuses it as not documented', (_, when, what) => {
    const found = mistakes(
      pack(`    when: "${when.replace(/"/g, '\\"')}"
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
    );
    expect(found.some((m) => m.message.includes(`'${what}'`))).toBe(true);
  });

  it('given a number where a condition is wanted, or and over numbers, says what is needed', () => {
    expect(
      mistakes(
        pack(`    when: standard + 1
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
      ).map((m) => m.code),
    ).toEqual(['pack-type-mismatch']);
    expect(
      mistakes(
        pack(`    when: standard and urban
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
      ).map((m) => [m.code, m.column]),
    ).toEqual([['pack-type-mismatch', 11]]);
  });

  it('given a condition measured against true, passes a row that meets it and fails one that does not, with the values read', () => {
    const met = parsePack(
      pack(`    measure: { kind: expression, expression: standard == consumption and consumption > 0 }
    target: { op: '=', value: true }
`),
      'pack.yaml',
    );
    const pass = judge(met, { county: '甲县', year: '2022', standard: '800', consumption: '800' });
    expect([pass.status, pass.actual, pass.detail]).toEqual(['pass', true, '标准 = 800、人均消费 = 800']);
    // 0 = 0 is not "someone covered": the second half fails it.
    expect(judge(met, { county: '甲县', year: '2022', standard: '0', consumption: '0' }).status).toBe('fail');
    expect(judge(met, { county: '甲县', year: '2022', standard: '799', consumption: '800' }).status).toBe('fail');
  });

  it('given a number measured against true, or a condition against a number, says pack-type-mismatch', () => {
    expect(
      mistakes(
        pack(`    measure: { kind: expression, expression: standard * 12 }
    target: { op: '=', value: true }
`),
      ).map((m) => m.code),
    ).toEqual(['pack-type-mismatch']);
    expect(
      mistakes(
        pack(`    measure: { kind: expression, expression: standard > 1 }
    target: { op: '>=', value: 1 }
`),
      ).map((m) => m.code),
    ).toEqual(['pack-type-mismatch']);
  });

  it('given counted_in on a rule with no join and no condition, says so at its line', () => {
    const found = mistakes(
      pack(`    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
    counted_in: standard
`),
    );
    expect(found.map((m) => [m.code, m.line])).toEqual([['pack-schema', 19]]);
  });

  it('given an expression too long or nested too deep, refuses it and runs nothing', () => {
    const deep = `${'-'.repeat(40).split('').join(' ')} standard > 1`;
    expect(
      mistakes(
        pack(`    when: "${deep}"
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
      ).map((m) => m.code),
    ).toEqual(['pack-schema']);
    const long = `${Array.from({ length: 300 }, () => 'standard').join(' + ')} > 1`;
    expect(
      mistakes(
        pack(`    when: ${long}
    measure: { kind: value, column: standard }
    target: { op: '>=', value: 800 }
`),
      ).map((m) => m.code),
    ).toEqual(['pack-schema']);
  });

  it('given a month bound in a yearly table, a from after its to, a threshold named as a column, says each', () => {
    const found = mistakes(
      pack(`    when: cpi >= trigger and cpi >= standard
    thresholds:
      trigger: [{ from: 2022-08, value: 3% }]
      standard: 1
    measure: { kind: value, column: standard }
    target: { op: '>=', value: [{ from: 2024, to: 2023, value: 800 }] }
`),
    );
    expect(found.map((m) => [m.code, m.line])).toEqual([
      ['pack-schema', 19],
      ['pack-schema', 20],
      ['pack-schema', 22],
    ]);
  });
});

describe('thresholds by month, in a monthly table', () => {
  // The 2022–2023 window of 发改价格〔2021〕1553号: index months 2022-08 to 2023-02 trigger at 3.0 %, others at 3.5 %.
  const monthly = parsePack(
    `id: p
title: t
tables:
  - { id: monthly, key: county, period: { column: month, every: month } }
fields:
  - { name: county, label: 县市区, type: text }
  - { name: month, label: 月份, type: year-month }
  - { name: cpi, label: 居民消费价格同比涨幅, type: percent }
  - { name: food, label: 食品价格同比涨幅, type: percent }
  - { name: due, label: 应发, type: count }
  - { name: paid, label: 实发, type: count }
rules:
  - id: prices.paid-when-triggered
    title: 启动即发放
    severity: error
    paragraph: 8
    quote: 挂钩联动
    when: cpi >= cpi_trigger or food >= food_trigger
    thresholds:
      cpi_trigger: [{ from: 2022-08, to: 2023-02, value: 3.0% }, { value: 3.5% }]
      food_trigger: 6%
    measure: { kind: ratio, numerator: paid, denominator: due }
    target: { op: '=', value: 100% }
`,
    'pack.yaml',
  );
  const at = (month: string, cpi: string, food = '0') =>
    judge(monthly, { county: '甲县', month, cpi, food, due: '10', paid: '9' }).status;

  it.each([
    ['2022-07', '3.0', 'not_applicable'], // the month before the window: 3.0 < 3.5
    ['2022-08', '3.0', 'fail'], // the window's first month is inside it
    ['2023-02', '3.0', 'fail'], // and its last
    ['2023-03', '3.0', 'not_applicable'], // the month after: 3.5 again
    ['2023-03', '3.5', 'fail'], // exactly 3.5 triggers
    ['2022-07', '2.9', 'not_applicable'],
  ])('given %s with CPI %s, is %s', (month, cpi, status) => {
    expect(at(month, cpi)).toBe(status);
  });

  it('given food at exactly 6 % and CPI under the trigger, applies: food alone triggers', () => {
    expect(at('2022-05', '1.0', '6.0')).toBe('fail');
    expect(at('2022-05', '1.0', '5.9')).toBe('not_applicable');
  });

  it('says why a month did not trigger, with the thresholds of that month', () => {
    const verdict = judge(monthly, {
      county: '甲县',
      month: '2023-03',
      cpi: '3.0',
      food: '5.9',
      due: '10',
      paid: '10',
    });
    // Each threshold by its value for the month, in the condition; no threshold id, no English word.
    expect(verdict.message).toContain('居民消费价格同比涨幅 ≥ 3.5% 或 食品价格同比涨幅 ≥ 6%');
    expect(verdict.message).not.toMatch(/_trigger| or /);
    expect(verdict.message).toContain('食品价格同比涨幅 = 5.9%');
  });
});

describe('loading the parser', () => {
  it('is asked for by a pack that names when or expression, or writes a key with an escape', async () => {
    const { mayHoldExpressions } = await import('../../src/pack/expression-slot.js');
    expect(mayHoldExpressions('rules:\n  - when: a > 1')).toBe(true);
    expect(mayHoldExpressions('measure: { kind: expression }')).toBe(true);
    expect(mayHoldExpressions('"wh\\u0065n": a > 1')).toBe(true);
    expect(mayHoldExpressions('measure: { kind: ratio, numerator: a, denominator: b }')).toBe(false);
  });
});
