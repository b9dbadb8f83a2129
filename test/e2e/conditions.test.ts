// A pack with a condition, thresholds by period and an expression, run by the built CLI: the
// parser is loaded for it, and each verdict is the one worked out by hand below.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson, duibiao } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-conditions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PACK = join(dir, 'pack.yaml');
writeFileSync(
  PACK,
  `id: conditional
title: 条件目标
fields:
  - { name: county, label: 县市区, type: text }
  - { name: year, label: 年度, type: integer }
  - { name: standard, label: 低保平均标准, type: amount }
  - { name: consumption, label: 上年人均消费支出, type: amount }
  - { name: cpi, label: 居民消费价格同比涨幅, type: percent }
rules:
  - id: assistance.standard-share-when-prices-rise
    title: 物价上涨时低保标准不低于上年人均消费的30%
    severity: error
    paragraph: 8
    quote: 挂钩联动
    when: cpi >= trigger
    thresholds:
      trigger: [{ from: 2022, to: 2022, value: 3.0% }, { value: 3.5% }]
    measure: { kind: expression, expression: standard * 12 / consumption, display: percent }
    target: { op: '>=', value: [{ to: 2022, value: 30% }, { value: 31% }] }
`,
);

const DATA = join(dir, 'returns.csv');
writeFileSync(
  DATA,
  [
    '县市区,年度,低保平均标准,上年人均消费支出,居民消费价格同比涨幅',
    '甲县,2022,750,30000,3.0', // 2022: 3.0 ≥ 3.0 % triggers; 750 × 12 / 30000 = 30 % ≥ 30 %: pass
    '乙县,2023,750,30000,3.0', // 2023: 3.0 < 3.5 %: not applicable
    '丙县,2023,775,30000,3.5', // 2023: 3.5 ≥ 3.5 % triggers; 775 × 12 / 30000 = 31 % ≥ 31 %: pass
    '丁县,2023,774.99,30000,3.6', // 30.9996 % < 31 %: fail
    '戊县,2023,775,0,4', // a division by zero: not applicable, the expression named
    '己县,2023,775,30000,', // the condition's cell is blank: missing
  ].join('\n'),
);

describe('a conditional target, written as a user would', () => {
  it('gives each county the verdict worked out by hand', () => {
    const { report } = checkJson('--rules', PACK, DATA);
    const verdicts = report.findings.filter((f) => f.scope === 'county').map((f) => [f.county, f.status]);
    expect(verdicts).toEqual([
      ['甲县', 'pass'],
      ['乙县', 'not_applicable'],
      ['丙县', 'pass'],
      ['丁县', 'fail'],
      ['戊县', 'not_applicable'],
      ['己县', 'missing'],
    ]);
    const why = report.findings.find((f) => f.county === '乙县')!.message;
    // Said in the run's language, the threshold by its value for the year.
    expect(why).toContain('条件不成立：居民消费价格同比涨幅 ≥ 3.5%（居民消费价格同比涨幅 = 3%）');
    expect(why).not.toContain('trigger');
    expect(report.findings.find((f) => f.county === '戊县')!.message).toContain('standard * 12 / consumption');
  });

  it('explain shows the condition, the thresholds by period and the targets by period', () => {
    const { stdout } = duibiao(
      'explain',
      'assistance.standard-share-when-prices-rise',
      '--rules',
      PACK,
      '--lang',
      'en',
    );
    // Its columns by their labels (this pack gives no English ones), its thresholds by name.
    expect(stdout).toContain(
      'applies when: 居民消费价格同比涨幅 ≥ trigger (trigger = 2022–2022: 3.0%; otherwise 3.5%)',
    );
    expect(stdout).toContain('…–2022: 30%; otherwise 31%');
  });

  it('a mistake in the condition is a pack error at its line and column', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readBack().replace('when: cpi >= trigger', 'when: cpi >= triger'));
    const run = duibiao('check', '--rules', bad, DATA);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:15:18/);
  });
});

function readBack(): string {
  return readFileSync(PACK, 'utf8');
}
