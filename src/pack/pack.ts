// A loaded rule pack. Where the built-in one lives, and reading a pack's file, are the Node
// side's (pack/files.ts): a page is handed the pack itself.
import type { FieldSpec } from '../model/types.js';
import type { RuleSpec } from './schema.js';

export interface Pack {
  id: string;
  title: string;
  /** The title under `--lang en`, when the pack gives one. */
  titleEn?: string | undefined;
  file: string;
  /** Absolute path of the text the rules quote, when the pack names one. */
  sourceFile: string | undefined;
  fields: FieldSpec[];
  rules: RuleSpec[];
}

/** A pack is a few hundred lines: a megabyte holds thousands of rules. */
export const MAX_PACK_BYTES = 1024 * 1024;
