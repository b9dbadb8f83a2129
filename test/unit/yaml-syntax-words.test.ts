// A pack's YAML syntax error, in the run's language: the library's error code names a catalogue
// entry; the problem code and the place stay what they were.
import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { parsePack } from '../../src/pack/load.js';
import { parseYaml } from '../../src/read/yaml-document.js';
import { en } from '../../src/words/en.js';
import { zh } from '../../src/words/zh.js';
import { useLang, type Lang } from '../../src/words/words.js';
import { saidDetails } from '../helpers.js';

afterEach(() => useLang('zh'));

const CATALOGUES = { zh, en };
const CJK = /[\u3400-\u9fff]/;

/** Mistakes a hand-written pack makes, each with the catalogue entry it must be said as. */
const MISTAKES: [string, string, (lang: Lang) => string][] = [
  [
    'a list item indented more than the one above it',
    'fields:\n  - name: a\n    label: 甲\n   - name: b\n',
    (lang) => CATALOGUES[lang].yaml.syntax.BAD_INDENT!,
  ],
  [
    'a list item indented less than the one above it',
    'fields:\n  - name: a\n    label: 甲\n - name: b\n',
    (lang) => CATALOGUES[lang].yaml.syntax.BLOCK_AS_IMPLICIT_KEY!,
  ],
  ['a tab as indentation', 'fields:\n\t- name: a\n', (lang) => CATALOGUES[lang].yaml.syntax.TAB_AS_INDENT!],
  ['an unclosed quote', 'id: "speech\ntitle: x\n', (lang) => CATALOGUES[lang].yaml.missingQuote],
  ['a list not closed', 'id: a\nrules: [a, b\n', (lang) => CATALOGUES[lang].yaml.missingBracket],
  ['a mapping not closed at the top', '{ id: a\n', (lang) => CATALOGUES[lang].yaml.missingBracket],
  ['a key twice', 'id: a\nid: b\n', (lang) => CATALOGUES[lang].yaml.syntax.DUPLICATE_KEY!],
  [
    'a key run over two lines',
    'id: a\ntitle\n  more: x\n',
    (lang) => CATALOGUES[lang].yaml.syntax.MULTILINE_IMPLICIT_KEY!,
  ],
];

describe('a YAML syntax error in a pack', () => {
  it.each(MISTAKES)(
    'given %s, says it from the catalogue in each language, coded pack-syntax at its line',
    (_name, text) => {
      for (const lang of ['zh', 'en'] as const) {
        useLang(lang);
        const mistake = MISTAKES.find(([, t]) => t === text)!;
        let error: unknown;
        try {
          parsePack(text, 'p.yaml');
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(DuibiaoError);
        const problems = saidDetails(error as DuibiaoError, lang);
        expect(problems.length).toBeGreaterThan(0);
        expect(
          problems.every(
            (p) => p.code === 'pack-syntax' && p.file === 'p.yaml' && typeof p.line === 'number' && p.line >= 1,
          ),
        ).toBe(true);
        const messages = problems.map((p) => p.message);
        expect(messages).toContain(mistake[2](lang));
        // Nothing of the library's English under zh, nothing Chinese under en.
        for (const message of messages) expect(CJK.test(message), message).toBe(lang === 'zh');
      }
    },
  );

  it('given a list item without its dash, names the line of that item', () => {
    const { errors } = parseYaml('fields:\n  - name: a\n    label: 甲\n - name: b\n', true);
    expect(errors.map((e) => e.line)).toContain(4);
  });
});
