import { describe, expect, it } from 'vitest';
import { zh } from '../../src/words/zh.js';
import { duibiao, stopOf } from './run.js';

describe('duibiao rules, explain and template', () => {
  it('lists all 20 rules with their source sentence', () => {
    const run = duibiao('rules');
    expect(run.code).toBe(0);
    // Each rule with its severity in words (the default language's).
    const severity = Object.values(zh.ruleSeverity).join('|');
    expect(run.stdout.match(new RegExp(`^\\S+\\.\\S+ {2}\\[(${severity})\\]`, 'gm'))).toHaveLength(20);
    expect(run.stdout).toContain('乡镇(街道)综合性养老服务中心覆盖率要达40%以上');
  });

  it('explains a rule with the speech verbatim and the columns it needs', () => {
    const run = duibiao('explain', 'disability.rehab-coverage');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('“确保“十四五”期间每年有需求的持证残疾人接受基本康复服务的比例达到85%以上”');
    expect(run.stdout).toContain('rehab_need  有康复需求的持证残疾人数');
    expect(run.stdout).toContain('rehab_served  其中接受基本康复服务人数');
    expect(run.stdout).not.toContain('找不到原文');
  });

  it('given an unknown rule id, exits 2 and suggests the nearest', () => {
    const run = duibiao('explain', 'eldercare.township-centre-coverage');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是不是 'eldercare.township-center-coverage'");
    expect(stopOf(run).code).toBe('unknown-rule');
  });

  it('prints a template whose every column the checker reads back', () => {
    const run = duibiao('template');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFF县市区,行政区划代码,年度,')).toBe(true);
    expect(run.stdout.trim().split(',')).toHaveLength(38);
  });
});
