// The readers, in one place. Adding a format is one module (a `Reader`, src/read/reader.ts) and
// one line in READERS; nothing else in the run names a format.
import { DuibiaoError } from '../errors.js';
import { csvReader } from './csv-reader.js';
import type { Reader } from './reader.js';
import { xlsReader } from './xls-reader.js';
import { xlsxReader } from './xlsx-reader.js';
import { jsonReader, yamlReader } from './yaml-reader.js';
import { say } from '../words/message.js';

export const READERS: readonly Reader[] = [csvReader, yamlReader, jsonReader, xlsxReader, xlsReader];

/** A file name's extension, with its dot ('' for none), as node:path's `extname` gives it, on either kind of slash. */
export function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

/** The reader a file's name names, if there is one. */
export function readerForName(file: string): Reader | undefined {
  const extension = extensionOf(file).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(extension));
}

/** The reader of a file by its name; a name no reader knows stops the run. */
export function readerOf(file: string): Reader {
  const reader = readerForName(file);
  if (reader === undefined)
    throw new DuibiaoError('unknown-format', say('read.unknownFormat', file, extensionOf(file) || undefined));
  return reader;
}

/** The reader of the format an input was reported with. */
export function readerNamed(format: string): Reader {
  const reader = READERS.find((candidate) => candidate.format === format);
  if (reader === undefined) throw new Error(`no reader is named ${format}`);
  return reader;
}

/** The workbook reader whose format a file's first bytes are, if any. */
export function workbookReaderOfBytes(head: Uint8Array): Reader | undefined {
  return READERS.find((reader) => reader.workbook && reader.sniff?.(head) === true);
}
