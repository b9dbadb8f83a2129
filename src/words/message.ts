// A message as data: the id of a catalogue entry and its parameters, as ESLint's `messageId` +
// `data`. Problems, verdicts and pack mistakes carry one, made in no language; a report turns it
// into words with `render(message, lang)`, in its own language. The ids and their parameters are
// those of the zh catalogue: `say('notANumber', text)` is checked against `zh.notANumber`.
import type { Lang, Words } from './words.js';
import { catalogueOf } from './words.js';

/** An entry that is said: a fixed text, or a function of its parameters. */
type Leaf = string | ((...args: never[]) => string);

type TopIds = { [K in keyof Words]: Words[K] extends Leaf ? K : never }[keyof Words];
type SectionIds = {
  [K in keyof Words]: Words[K] extends Leaf
    ? never
    : { [S in keyof Words[K]]: Words[K][S] extends Leaf ? `${K & string}.${S & string}` : never }[keyof Words[K]];
}[keyof Words];

/** Entries one level further down: `read.notAFile.fifo`. */
type PartIds = {
  [K in keyof Words]: Words[K] extends Leaf
    ? never
    : {
        [S in keyof Words[K]]: Words[K][S] extends Leaf
          ? never
          : Words[K][S] extends Record<string, unknown>
            ? {
                [T in keyof Words[K][S]]: Words[K][S][T] extends Leaf
                  ? `${K & string}.${S & string}.${T & string}`
                  : never;
              }[keyof Words[K][S]]
            : never;
      }[keyof Words[K]];
}[keyof Words];

/** A catalogue entry by name: `notANumber` at the top, `read.yearTooLarge` in a section. */
export type MessageId = TopIds | SectionIds | PartIds;

type EntryOf<I extends MessageId> = I extends `${infer K}.${infer S}.${infer T}`
  ? K extends keyof Words
    ? S extends keyof Words[K]
      ? T extends keyof Words[K][S]
        ? Words[K][S][T]
        : never
      : never
    : never
  : I extends `${infer K}.${infer S}`
    ? K extends keyof Words
      ? S extends keyof Words[K]
        ? Words[K][S]
        : never
      : never
    : I extends keyof Words
      ? Words[I]
      : never;

/** A parameter that is words may be a message itself, said in the same language. */
type Param<T> = T extends string ? Text : T;
type ParamsOf<T> = T extends (...args: infer A) => string ? { [N in keyof A]: Param<A[N]> } : [];

/** The parameters of an entry, as its zh function takes them. */
export type MessageData<I extends MessageId> = ParamsOf<EntryOf<I>>;

/** One entry of the catalogue with its parameters. */
export interface Said<I extends MessageId = MessageId> {
  readonly messageId: I;
  readonly data: MessageData<I>;
}

/** Messages said one after the other, or joined as a list is (`、`, `, `). */
export interface Parts {
  readonly parts: readonly Text[];
  readonly join?: 'list' | 'clause';
}

export type Message = Said | Parts;

/** Words that are data as they are (a label, a value, a file's name) or a message. */
export type Text = string | Message;

/** The message of entry `id` with its parameters, checked against the zh catalogue's. */
export function say<I extends MessageId>(id: I, ...data: MessageData<I>): Said<I> {
  return { messageId: id, data };
}

/** Texts one after the other. */
export function joined(...parts: Text[]): Parts {
  return { parts };
}

/** Texts as a list, joined as the language joins one. */
export function listOf(parts: readonly Text[]): Parts {
  return { parts, join: 'list' };
}

/** Texts as clauses, joined as the language joins them (`；`, `; `). */
export function clausesOf(parts: readonly Text[]): Parts {
  return { parts, join: 'clause' };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && ('messageId' in value || 'parts' in value);
}

/** The words of a text in a language, whose catalogue is loaded (loadLang). */
export function render(text: Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  const catalogue = catalogueOf(lang);
  return renderIn(text, catalogue);
}

function renderIn(text: Text, catalogue: Words): string {
  if (typeof text === 'string') return text;
  if ('parts' in text) {
    const parts = text.parts.map((part) => renderIn(part, catalogue));
    return parts.join(text.join === 'list' ? catalogue.listJoin : text.join === 'clause' ? catalogue.clauseJoin : '');
  }
  const id = text.messageId as string;
  let entry: unknown = catalogue;
  for (const key of id.split('.')) entry = (entry as Record<string, unknown> | undefined)?.[key];
  if (entry === undefined) throw new Error(`no words for the message '${id}'`);
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') throw new Error(`no words for the message '${id}'`);
  const args = (text.data as readonly unknown[]).map((arg) => (isMessage(arg) ? renderIn(arg, catalogue) : arg));
  return (entry as (...args: unknown[]) => string)(...args);
}

/**
 * Where a library holds only a string (a zod issue's message), a message travels as one: marked,
 * so that `fromCarried` makes it a message again; any other string is words as they are.
 */
const CARRIED = '\u0000message:';

export function carried(message: Said): string {
  return `${CARRIED}${JSON.stringify(message)}`;
}

export function fromCarried(text: string): Text {
  return text.startsWith(CARRIED) ? (JSON.parse(text.slice(CARRIED.length)) as Said) : text;
}
