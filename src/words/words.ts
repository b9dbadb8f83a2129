// The language of a run: chosen once (the CLI, and each worker from what it is handed), then read
// wherever words are made. A catalogue per language; en must have every key of zh, same shape.
// A run loads its own language's catalogue only (loadLang), before it says anything.
import type { zh } from './zh.js';

export type Words = { readonly [K in keyof typeof zh]: (typeof zh)[K] };
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Partial<Record<Lang, Words>> = {};
let lang: Lang = 'zh';
/** Where a call's own language stands in for the thread's while the call runs (the library's); unset: none does. */
let scoped: (() => Lang | undefined) | undefined;

/**
 * Lets a host say which language the work now running is in, asked at each word: the library
 * renders each result in the language it was said in, while calls in other languages overlap.
 */
export function scopeLang(source: () => Lang | undefined): void {
  scoped = source;
}

function langNow(): Lang {
  return scoped?.() ?? lang;
}

/** Loads a language's catalogue, once: before `useLang` chooses it, and before anything is said in it. */
export async function loadLang(chosen: Lang): Promise<void> {
  CATALOGUES[chosen] ??= chosen === 'zh' ? (await import('./zh.js')).zh : (await import('./en.js')).en;
}

export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

/** Sets the language of everything this thread says from now on; its catalogue is loaded already (loadLang). */
export function useLang(chosen: Lang): void {
  lang = chosen;
}

/** The catalogue of a language, loaded already (loadLang): what a message is rendered with. */
export function catalogueOf(chosen: Lang): Words {
  const catalogue = CATALOGUES[chosen];
  if (!catalogue) throw new Error(`the ${chosen} words are not loaded: loadLang('${chosen}') comes first`);
  return catalogue;
}

export function currentLang(): Lang {
  return langNow();
}

/** The catalogue of the run's language; take it once per run or per compiled rule, not per verdict. */
export function words(): Words {
  const now = langNow();
  const catalogue = CATALOGUES[now];
  if (!catalogue) throw new Error(`the ${now} words are not loaded: loadLang('${now}') comes first`);
  return catalogue;
}

/**
 * One section of the catalogue (or one part of a section), as a module names it once
 * (`const WORDS = section('table')`): every read goes to the run's language at that moment, so a
 * module loaded before the language is chosen still speaks it.
 */
export function section<K extends keyof Words>(key: K): Words[K];
export function section<K extends keyof Words, S extends keyof Words[K]>(key: K, part: S): Words[K][S];
export function section(key: keyof Words, part?: string | number | symbol): unknown {
  const now = (): object => {
    const whole = words()[key] as Record<string | number | symbol, unknown>;
    return (part === undefined ? whole : whole[part]) as object;
  };
  // A module may name its section before the run's catalogue is loaded: it is read only later.
  const stand = CATALOGUES[langNow()] === undefined;
  return new Proxy(stand ? {} : now(), {
    get: (_target, name): unknown => Reflect.get(now(), name),
    has: (_target, name) => Reflect.has(now(), name),
    ownKeys: () => Reflect.ownKeys(now()),
    getOwnPropertyDescriptor: (_target, name) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(now(), name);
      // An empty stand-in may not report a fixed property (an array's length) that it does not have.
      return stand && descriptor ? { ...descriptor, configurable: true } : descriptor;
    },
  });
}
