// The bulletin's lead paragraph, sentence by sentence, from verdicts made up here: what counts as a
// miss (fail, missing, invalid: not pending), what meets every target (pass or waived), and names.
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInfo, Status, ShownVerdict as Verdict } from '../../src/model/types.js';
import { LeadTally } from '../../src/report/html/lead.js';
import { useLang } from '../../src/words/words.js';

const RULES: RuleInfo[] = ['a', 'b', 'c'].map((id, i) => ({
  id,
  title: `目标${i + 1}`,
  severity: 'error',
  paragraph: 1,
  quote: '原文',
}));

function verdict(rule: string, status: Status, scope: 'county' | 'total' = 'county'): Verdict {
  return {
    rule,
    severity: 'error',
    status,
    scope,
    county: scope === 'county' ? '县' : null,
    year: 2022,
    actual: 0.5,
    target: 1,
    comparison: '50% < 100%',
    detail: null,
    message: '…',
  };
}

function tally(rows: [string, Status[]][], year = 2022): LeadTally {
  const lead = new LeadTally();
  for (const [county, statuses] of rows)
    lead.add({
      county,
      year,
      byRule: new Map(statuses.map((status, i) => [RULES[i]!.id, { ...verdict(RULES[i]!.id, status), county }])),
    });
  return lead;
}

afterEach(() => useLang('zh'));

describe('the lead paragraph', () => {
  it('counts the counties, names those that meet every target (waived counts, pending does not), and the most missed', () => {
    const lead = tally([
      ['甲县', ['pass', 'pass', 'pass']],
      ['乙县', ['pass', 'waived', 'not_applicable']],
      ['丙县', ['pending', 'pass', 'pass']],
      ['丁县', ['fail', 'missing', 'pass']],
      ['戊县', ['invalid', 'pass', 'pass']],
    ]);
    expect(lead.sentences(RULES, [])).toEqual([
      '本次共检查 5 个县市区（2022）的填报数据。',
      '其中 2 个全部目标达标（甲县、乙县）。',
      '未达标（含缺数据、数据无效）最多的目标是：“目标1” 2 个（丁县、戊县）；“目标2” 1 个（丁县）。',
    ]);
    expect(lead.missCount('a')).toBe(2);
    expect(lead.missCount('c')).toBe(0);
  });

  it('names at most five counties a target, and three targets, saying how many more', () => {
    const rows: [string, Status[]][] = Array.from({ length: 7 }, (_, i) => [`县${i}`, ['fail', 'fail', 'fail']]);
    const four: RuleInfo[] = [...RULES, { ...RULES[0]!, id: 'd', title: '目标4' }];
    const lead = new LeadTally();
    for (const [county, statuses] of rows)
      lead.add({
        county,
        year: 2022,
        byRule: new Map(
          [...statuses, 'fail' as Status].map((status, i) => [
            four[i]!.id,
            { ...verdict(four[i]!.id, status), county },
          ]),
        ),
      });
    const sentences = lead.sentences(four, []);
    expect(sentences[1]).toBe('没有一个县市区全部目标达标。');
    expect(sentences[2]).toBe(
      `未达标（含缺数据、数据无效）最多的目标是：${[1, 2, 3].map((n) => `“目标${n}” 7 个（县0、县1、县2、县3、县4 等 7 个）`).join('；')}。`,
    );
    expect(sentences[3]).toBe('另有 1 项目标也有县市区未达标，见下文。');
  });

  it('says what the prefecture as a whole falls short on, or that it meets them', () => {
    const lead = tally([['甲县', ['pass', 'pass', 'pass']]]);
    expect(lead.sentences(RULES, [verdict('b', 'fail', 'total'), verdict('a', 'pass', 'total')])).toEqual([
      '本次共检查 1 个县市区（2022）的填报数据。',
      '各县市区全部目标均已达标。',
      '全州合计未达标的有：“目标2”（未达标：50% &lt; 100%）。',
    ]);
    expect(lead.sentences(RULES, [verdict('a', 'pass', 'total')]).at(-1)).toBe('全州合计各项均已达标。');
  });

  it('escapes a county named like markup', () => {
    const lead = tally([['<b>县</b>', ['fail', 'pass', 'pass']]]);
    expect(lead.sentences(RULES, []).join('')).toContain('&lt;b&gt;县&lt;/b&gt;');
  });

  it('speaks English under en', () => {
    useLang('en');
    const lead = tally([
      ['A', ['pass', 'pass', 'pass']],
      ['B', ['fail', 'pass', 'pass']],
    ]);
    expect(lead.sentences(RULES, [])).toEqual([
      'This check read the returns of 2 counties (2022).',
      '1 of them meet every target (A).',
      'The targets most often missed (not met, no data or invalid data): “目标1”, 1 (B).',
    ]);
  });
});
