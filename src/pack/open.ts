// Opens a rule pack. The built-in pack, validated when the project was built, opens without
// loading the YAML parser or the schema library; any other pack, or a changed one, is validated now.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Pack } from './pack.js';
import { BUILTIN_CACHE, BUILTIN_PACK, parsePackFile, readPackText } from './files.js';
import { inLanguage } from './language.js';
import type { Lang } from '../words/words.js';

interface Cache {
  source: string;
  pack: Omit<Pack, 'file' | 'sourceFile'> & { source: string | undefined };
}

/** The pack, its titles and descriptions in `lang` where it has them: the language of the reports it is shown in. */
export async function openPack(file: string | undefined, lang: Lang): Promise<Pack> {
  return inLanguage(await openPackAsWritten(file), lang);
}

/** The pack as its file writes it, in both languages: what a page takes, to show it in either. */
export async function openPackAsWritten(file: string = BUILTIN_PACK): Promise<Pack> {
  const text = await readPackText(file);
  if (resolve(file) === BUILTIN_PACK) {
    const cached = await readCache(text);
    if (cached) return cached;
  }
  return parsePackFile(text, file);
}

async function readCache(text: string): Promise<Pack | undefined> {
  const cache = JSON.parse(await readFile(BUILTIN_CACHE, 'utf8').catch(() => 'null')) as Cache | null;
  if (cache?.source !== text) return undefined;
  const { source, ...pack } = cache.pack;
  return {
    ...pack,
    file: BUILTIN_PACK,
    sourceFile: source === undefined ? undefined : resolve(dirname(BUILTIN_PACK), source),
  };
}

/** What the build writes: the pack as validated, and the exact text it came from. */
export function cacheOf(text: string, pack: Pack): Cache {
  const { file, sourceFile, ...rest } = pack;
  return {
    source: text,
    pack: { ...rest, source: sourceFile === undefined ? undefined : relative(dirname(file), sourceFile) },
  };
}
