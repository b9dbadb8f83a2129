// `duibiao page`: the self-check page, built with the project (scripts/page.mjs), given the pack
// (the built-in one, or `-r`) and the blank templates, and written as one HTML file.
import { readFile } from 'node:fs/promises';
import { DuibiaoError, describeFsError } from '../errors.js';
import { openPackAsWritten } from '../pack/open.js';
import type { PageData } from '../page/protocol.js';
import { writeText } from '../run/output.js';
import { TOOL } from '../run/version.js';
import { currentLang, loadLang, useLang, words, type Lang } from '../words/words.js';
import { templateXlsx } from './template.js';

export interface PageFlags {
  rules?: string;
  output?: string;
  lang?: Lang;
}

/** The page as the build left it; dist/page/ sits beside dist/cli/ and dist/bundle/. */
const PAGE = new URL('../page/page.html', import.meta.url);
/** Where the page's data goes: a JSON string the build put there. */
const DATA_MARKER = '"__DUIBIAO_PAGE_DATA__"';
/** What the page may weigh at most, its pack and templates in it. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export async function writePage(flags: PageFlags): Promise<void> {
  if (flags.output === undefined && process.stdout.isTTY)
    throw new DuibiaoError('usage', words().usage.pageNeedsFile('page'));
  const lang = flags.lang ?? currentLang();
  const page = await readFile(PAGE, 'utf8').catch((error: unknown) => {
    throw new DuibiaoError('file-unreadable', words().cannotRead(PAGE.pathname, describeFsError(error)));
  });
  const pack = await openPackAsWritten(flags.rules);
  const data: PageData = {
    pack,
    tool: TOOL,
    lang,
    templates: { zh: await templateIn('zh', flags.rules), en: await templateIn('en', flags.rules) },
    templateName: `${pack.id}.xlsx`,
  };
  // A JSON text in HTML: `<` never appears as itself, so nothing in the pack can end the element.
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  await writeText([page.replace(DATA_MARKER, () => json)], flags.output);
}

/** The blank xlsx template, its guide in `lang`, as base64. */
async function templateIn(lang: Lang, rules: string | undefined): Promise<string> {
  const before = currentLang();
  await loadLang(lang);
  useLang(lang);
  try {
    return Buffer.from(await templateXlsx(rules)).toString('base64');
  } finally {
    useLang(before);
  }
}
