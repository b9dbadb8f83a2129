// A loaded rule pack, and where the built-in one lives.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldSpec } from '../model/types.js';
import { readInputText } from '../read/input-policy.js';
import type { RuleSpec } from './schema.js';
import { words } from '../words/words.js';

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

export const BUILTIN_PACK = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules/speech-2022.yaml');

/** Where the build leaves the built-in pack, validated, beside the YAML text it was made from. */
export const BUILTIN_CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '../builtin-pack.json');

/** A pack is a few hundred lines: a megabyte holds thousands of rules. */
export const MAX_PACK_BYTES = 1024 * 1024;

/** A pack's text, decoded as UTF-8 (a BOM dropped); undecodable bytes are left for the parser to report. */
export async function readPackText(file: string): Promise<string> {
  return readInputText(file, MAX_PACK_BYTES, 'pack-unreadable', words().cannotReadPack);
}
