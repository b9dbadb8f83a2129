// What the self-check page and its worker say to each other: plain data, cloned across.
import type { RuleInfo } from '../model/types.js';
import type { Pack } from '../pack/pack.js';

/** What `duibiao page` puts into the page: the pack as written, the tool, the language to open in, the blank templates. */
export interface PageData {
  pack: Pack;
  tool: { name: string; version: string };
  lang: 'zh' | 'en';
  /** The blank xlsx template in each language, base64. */
  templates: { zh: string; en: string };
  /** The template's file name. */
  templateName: string;
}

/** A check asked of the worker: the returns as the page was given them (Files), the as-of date, the language. */
export interface CheckRequest {
  id: number;
  pack: Pack;
  tool: PageData['tool'];
  files: { name: string; bytes: Blob }[];
  asOf: string;
  today: string;
  lang: 'zh' | 'en';
}

export type CheckReply =
  | {
      id: number;
      ok: true;
      /** The document `check --format json` writes. */
      json: string;
      /** The bulletin (`check --format html`), when it could be made. */
      bulletin: string | undefined;
      rules: Pick<RuleInfo, 'id' | 'title' | 'paragraph' | 'quote' | 'severity'>[];
    }
  | { id: number; ok: false; message: string };
