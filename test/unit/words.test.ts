// Each catalogue in its own language, message by message: what the end-to-end leak test cannot
// reach (a record over 1 MiB, each mistake of a pack) is held to it here.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/words/en.js';
import { zh } from '../../src/words/zh.js';

/** Every text a catalogue can say: strings as they are, messages with a placeholder for each part. */
function texts(catalogue: object): [string, string][] {
  return Object.entries(catalogue as Record<string, unknown>).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function')
      return [
        [key, String((value as (...parts: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 1)))],
      ];
    return texts(value as object).map(([inner, text]) => [`${key}.${inner}`, text]);
  });
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
// Names that no language translates: formats, products, commands, options, file extensions, the pack's own
// keys and values, the parts of a zip or workbook file; and `exit`, which the summary line keeps while the table's golden files hold it.
const NAMES =
  /\b(?:Excel|WPS|CSV|JSON|HTML|csv|json|yaml|html|summary|zh-CN|UTF-8|GBK|YAML|PDF|NUL|MiB|xlsx|xls|zip|duibiao|rules|template|lang|measure|kind|true|false|years\.from|years\.to|from|to|and|or|not|DUIBIAO_LANG|DUIBIAO_TODAY|report-date|zh|en|exit|area\.what-it-checks|lower_snake_case|FIFO|OLE|XML|DOCTYPE|ZIP64)\b|xl\/workbook\.xml|--[a-z][a-z-]*|-f\b|\.(?:csv|tsv|txt|yaml|yml|json|xlsx|xlsm|xls)\b/g;

// The page's language switch names the other language in its own words (中文, English).
const ENDONYMS = new Set(['page.langLabel']);
const said = (catalogue: object): [string, string][] => texts(catalogue).filter(([key]) => !ENDONYMS.has(key));

describe('the message catalogues', () => {
  it.each(said(en))('given en %s, says it without Chinese', (_key, text) => {
    expect(text).not.toMatch(CJK);
  });

  it.each(said(zh))('given zh %s, says it without English words', (_key, text) => {
    expect(text.replace(NAMES, ' ').match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });
});
