// The in-memory run a page makes (src/run/memory.ts) gives the document the library's check gives
// for the same files, named as the page names them: by their file names.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { openPack } from '../../src/pack/open.js';
import { json } from '../../src/report/json/report.js';
import { PLAIN } from '../../src/report/paint.js';
import { checkInMemory } from '../../src/run/memory.js';
import { TOOL } from '../../src/run/version.js';
import { useLang } from '../../src/words/words.js';
import { shownIn } from '../../src/report/shown.js';

const FILES = [
  'fixtures/sample-prefecture-2022.csv',
  'fixtures/sample-prefecture-2022-gb18030.csv',
  'fixtures/sample-prefecture-2022.yaml',
  'fixtures/sample-prefecture-2022.xlsx',
  'fixtures/sample-prefecture-2022.xls',
  'fixtures/stray-quote-spans-lines.csv',
  'fixtures/gb18030-row-in-utf8.csv',
];

/** The CLI's document with each file named by its name alone, as a page knows it. */
function byName(document: unknown): unknown {
  return JSON.parse(JSON.stringify(document).replaceAll('fixtures/', ''));
}

async function inMemory(files: readonly string[], lang: 'zh' | 'en'): Promise<unknown> {
  useLang(lang);
  try {
    const pack = await openPack(undefined, lang);
    const inputs = files.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
    const result = await checkInMemory(inputs, pack, { asOf: '2022-12-31', today: '2023-01-10', tool: TOOL });
    return JSON.parse(Array.from(json(shownIn(result, lang), { color: false, paint: PLAIN, width: 100 })).join(''));
  } finally {
    useLang('zh');
  }
}

describe('a check of inputs in memory', () => {
  for (const file of FILES) {
    it(`gives the library's document for ${basename(file)}`, async () => {
      const expected = await check([file], { asOf: '2022-12-31', today: '2023-01-10', failOn: 'never' });
      expect(await inMemory([file], 'zh')).toEqual(byName(expected));
    });
  }

  it('stops at a file that cannot be read, as the command line does, in the same words', async () => {
    const file = 'fixtures/two-documents.yaml';
    const stop: unknown = await check([file], { asOf: '2022-12-31' }).catch((error: unknown) => error);
    expect(stop).toBeInstanceOf(Error);
    await expect(inMemory([file], 'zh')).rejects.toThrow((stop as Error).message.replace('fixtures/', ''));
  });

  it('gives it for several files at once, in English', async () => {
    const files = FILES.slice(0, 4);
    const expected = await check(files, { asOf: '2022-12-31', today: '2023-01-10', lang: 'en' });
    expect(await inMemory(files, 'en')).toEqual(byName(expected));
  });
});
