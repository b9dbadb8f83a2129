// What the self-check page and its worker say to each other: plain data, cloned across.
import type { Checked } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import type { Text } from '../words/message.js';
import type { Lang } from '../words/words.js';

/** What `duibiao page` puts into the page: the pack as written, the tool, the language to open in, the blank templates. */
export interface PageData {
  pack: Pack;
  tool: { name: string; version: string };
  lang: Lang;
  /** The blank xlsx template in each language, base64. */
  templates: { zh: string; en: string };
  /** The template's file name. */
  templateName: string;
}

/**
 * A check asked of the worker: the returns as the page was given them (Files), the as-of date. It
 * takes no language: its messages come back as data, said by the page in whichever it shows.
 */
export interface CheckRequest {
  id: number;
  pack: Pack;
  tool: PageData['tool'];
  files: { name: string; bytes: Blob }[];
  asOf: string;
  today: string;
}

export type CheckReply =
  | {
      id: number;
      ok: true;
      /** The result as the check made it: its messages data, said by the page (said.ts). */
      result: Checked;
      /** The bulletin (`check --format html`) in each language, where it could be made. */
      bulletins: Partial<Record<Lang, string>>;
    }
  /** A stop: its message (data, said by the page), or what else went wrong, as it is. */
  | { id: number; ok: false; message: Text };
