// The Node side of packs: where the built-in pack and its validated copy live, and a pack read
// from its file, through the input policy, then parsed from its text (pack/load.ts).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import { policyCode } from '../read/input-policy.js';
import { readRegular } from '../read/regular-file.js';
import { say } from '../words/message.js';
import { loadExpressionParser, mayHoldExpressions } from './expression-slot.js';
import { MAX_PACK_BYTES, type Pack } from './pack.js';

export const BUILTIN_PACK = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules/speech-2022.yaml');

/** Where the build leaves the built-in pack, validated, beside the YAML text it was made from. */
export const BUILTIN_CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '../builtin-pack.json');

/**
 * A pack's text, decoded as UTF-8 (a BOM dropped); undecodable bytes are left for the parser to
 * report. Read as readInputText reads an input, under the same policy, but the stop is a message
 * (readInputText takes its callers' words), said where it is reported.
 */
export async function readPackText(file: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await readRegular(file, MAX_PACK_BYTES));
  } catch (error) {
    throw new DuibiaoError(policyCode(error) ?? 'pack-unreadable', say('cannotReadPack', file, fsErrorSaid(error)));
  }
}

/** The text a pack quotes, as a path beside the pack's file. */
export function sourceBeside(file: string): (source: string) => string {
  return (source) => resolve(dirname(file), source);
}

/**
 * Parses a pack's text, read from `file`: the text it quotes is found beside it. The parser and the
 * schema are loaded only here: the built-in pack opens from its validated copy without them.
 */
export async function parsePackFile(text: string, file: string): Promise<Pack> {
  const { parsePack } = await import('./load.js');
  if (mayHoldExpressions(text)) await loadExpressionParser();
  return parsePack(text, file, sourceBeside(file));
}

/** Reads and validates a pack, always: what the build and the tests use. */
export async function loadPack(file: string = BUILTIN_PACK): Promise<Pack> {
  return parsePackFile(await readPackText(file), file);
}
