// A pack's schema mistakes in the run's language, at the same place and path in both.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoError, type LocatedMessage } from '../../src/errors.js';
import { parsePack } from '../../src/pack/load.js';
import { parseWaivers } from '../../src/waivers/load.js';
import { render } from '../../src/words/message.js';
import { useLang, type Lang } from '../../src/words/words.js';

afterEach(() => useLang('zh'));

function mistakes(lang: Lang, read: () => unknown): LocatedMessage[] {
  useLang(lang);
  try {
    read();
  } catch (error) {
    if (error instanceof DuibiaoError) return [...error.details];
    throw error;
  }
  throw new Error('no mistake found');
}

const pack = (file: string) => () => parsePack(readFileSync(`fixtures/packs/${file}`, 'utf8'), file);
const waivers = (file: string) => () =>
  parseWaivers(readFileSync(`fixtures/round/${file}`, 'utf8'), file, ['disability.rehab-coverage']);

describe('schema mistakes in each language', () => {
  it.each([
    {
      given: 'a severity that is not error or warning',
      read: pack('wrong-types.yaml'),
      at: [12, 15],
      zh: 'rules.0.severity: 应为以下之一: "error" | "warning"',
      en: 'rules.0.severity: must be one of "error" | "warning"',
    },
    {
      given: 'a paragraph written as text',
      read: pack('wrong-types.yaml'),
      at: [13, 16],
      zh: 'rules.0.paragraph: 应为数字，实际是文字',
      en: 'rules.0.paragraph: expected a number, found text',
    },
    {
      given: 'a pack without fields',
      read: pack('collection-key.yaml'),
      at: [1, 1],
      zh: "缺少 'fields'（需要 列表）",
      en: "'fields' is missing (a list needed)",
    },
    {
      given: 'a target of 1e300',
      read: pack('target-1e300.yaml'),
      at: [16, 32],
      zh: 'rules.0.target.value: 目标值的整数部分最多 15 位，小数部分最多 10 位',
      en: 'rules.0.target.value: a target has at most 15 digits before the point and 10 after it',
    },
    {
      given: 'a waiver year of two digits',
      read: waivers('waivers-year-in-two-digits.yaml'),
      at: [4, 9],
      zh: '0.year: 应不小于 2000',
      en: '0.year: must be at least 2000',
    },
    {
      given: 'a waiver without a reason',
      read: waivers('waivers-with-four-mistakes.yaml'),
      at: [6, 3],
      zh: "1: 缺少 'reason'（需要 文字）",
      en: "1: 'reason' is missing (text needed)",
    },
  ])('given $given, says it in zh and en at line:column $at', ({ read, at, zh, en }) => {
    for (const [lang, message] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const found = mistakes(lang, read).map((m) => ({ at: [m.line, m.column], message: render(m.message, lang) }));
      expect(found, lang).toContainEqual({ at, message });
    }
  });
});
