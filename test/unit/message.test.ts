// A message is data made in no language; render says it in the language asked for.
import { describe, expect, it } from 'vitest';
import { clausesOf, joined, listOf, render, say } from '../../src/words/message.js';

describe('render', () => {
  it.each([
    { given: say('notANumber', '约200'), zh: "'约200' 不是数字", en: "'约200' is not a number" },
    { given: say('blankRow'), zh: '空行，已跳过', en: 'blank row, skipped' },
    {
      given: say('read.yearTooLarge', '1e30', 9007199254740991),
      zh: undefined,
      en: undefined,
    },
    { given: listOf(['a', say('yes')]), zh: 'a、是', en: 'a, yes' },
    { given: joined('列: ', say('notANumber', 'x')), zh: "列: 'x' 不是数字", en: "列: 'x' is not a number" },
  ])('given %#, says it in each language', ({ given, zh, en }) => {
    const inZh = render(given, 'zh');
    const inEn = render(given, 'en');
    expect(inZh).not.toBe(inEn);
    if (zh !== undefined) expect(inZh).toBe(zh);
    if (en !== undefined) expect(inEn).toBe(en);
  });

  it('given a message as a parameter, says it in the same language', () => {
    const message = say('cannotRead', 'a.csv', say('fsNoSuchFile'));
    expect(render(message, 'en')).toContain(render(say('fsNoSuchFile'), 'en'));
    expect(render(message, 'zh')).toContain(render(say('fsNoSuchFile'), 'zh'));
  });

  it('given a plain string, returns it as it is', () => {
    expect(render('县', 'en')).toBe('县');
  });

  it("checks a message's parameters against the zh catalogue at compile time", () => {
    // @ts-expect-error: notANumber takes the cell's text
    say('notANumber');
    // @ts-expect-error: no such entry
    say('noSuchEntry');
    // @ts-expect-error: a number where words go
    say('notANumber', 5);
    expect(true).toBe(true);
  });
});

describe('render, of lists and deeper entries', () => {
  it('given clauses, joins them as the language joins clauses', () => {
    expect(render(clausesOf(['a', 'b']), 'zh')).toBe('a；b');
    expect(render(clausesOf(['a', 'b']), 'en')).toBe('a; b');
  });

  it('given an entry of a part of a section, says it', () => {
    expect(render(say('read.notAFile.fifo'), 'en')).not.toBe(render(say('read.notAFile.fifo'), 'zh'));
  });
});
