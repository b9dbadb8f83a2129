// The catalogue is one file per section and language (src/words/zh/*.ts, src/words/en/*.ts), so that
// a section is read and kept in step alone: both languages have the same sections, each the same
// keys, each message with the same number of parts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/words/', import.meta.url));
const sections = (lang: string): string[] =>
  readdirSync(join(DIR, lang))
    .filter((file) => file.endsWith('.ts'))
    .sort();

// Tables that translate commander's own English (its titles, refusals, usage syntax and argument
// names): the English catalogue leaves them empty, and commander says its words itself.
const COMMANDERS_ENGLISH = new Set(['helpTitles', 'commandLine', 'helpSyntax', 'helpArguments']);

/** Every key of a section down to its texts, each with what it is: a text, a message of n parts, a list of n. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: text`];
  if (typeof value === 'function') return [`${path}: message of ${value.length}`];
  if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
  return Object.entries(value as object).flatMap(([key, inner]) =>
    COMMANDERS_ENGLISH.has(key) ? [`${key}: commander's`] : shape(inner, path ? `${path}.${key}` : key),
  );
}

async function sectionOf(lang: string, file: string): Promise<unknown> {
  const module = (await import(join(DIR, lang, file))) as Record<string, unknown>;
  const exported = Object.values(module);
  expect(exported, `${lang}/${file} exports one section`).toHaveLength(1);
  return exported[0];
}

describe('the catalogue, section by section', () => {
  it('given zh and en, holds the same section files', () => {
    expect(sections('en')).toEqual(sections('zh'));
    expect(sections('zh').length).toBeGreaterThan(10);
  });

  it.each(sections('zh'))(
    'given the section %s, en has the keys of zh and no other, each of the same shape',
    async (file) => {
      const [zh, en] = [await sectionOf('zh', file), await sectionOf('en', file)];
      expect(shape(en).sort()).toEqual(shape(zh).sort());
    },
  );
});
