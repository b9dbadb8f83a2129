// The language of a run: chosen once (the CLI, and each worker from what it is handed), then read
// wherever words are made. A catalogue per language; en must have every key of zh, same shape.
import { en } from './en.js';
import { zh } from './zh.js';

export type Words = { readonly [K in keyof typeof zh]: (typeof zh)[K] };
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Words> = { zh, en };
let lang: Lang = 'zh';

export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

/** Sets the language of everything this thread says from now on. */
export function useLang(chosen: Lang): void {
  lang = chosen;
}

export function currentLang(): Lang {
  return lang;
}

/** The catalogue of the run's language; take it once per run or per compiled rule, not per verdict. */
export function words(): Words {
  return CATALOGUES[lang];
}

