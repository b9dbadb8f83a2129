// Writes a report whole or not at all: a temporary file beside the target, then a rename.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { DuibiaoError, describeFsError } from '../errors.js';

export async function writeReport(file: string, text: string | Iterable<string>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    // pipeline, not write + once('close'): an error opening the file (no such folder) must reject here, not escape unhandled.
    await pipeline(Readable.from(typeof text === 'string' ? [text] : text), createWriteStream(temporary, { encoding: 'utf8' }));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new DuibiaoError('output-unwritable', `cannot write ${file}: ${describeFsError(error)}`);
  }
}

export async function writeStdout(text: string | Iterable<string>): Promise<void> {
  await writeChunks(process.stdout, text);
}

/** Writes a report's chunks, waiting whenever the stream asks to. */
async function writeChunks(stream: Writable, text: string | Iterable<string>): Promise<void> {
  for (const chunk of typeof text === 'string' ? [text] : text) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}
