// Writes reports: to a file whole or not at all (a temporary file beside it, then a rename), to a
// device, FIFO or socket as it is, or to stdout as its reader keeps up; and the plain positional
// reads and writes the report files use.
import { once } from 'node:events';
import { closeSync, constants, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import { removedAtExit } from './leftovers.js';
import { turn } from './turn.js';
import { refuseOpenedDisk, refuseUnsafeStream, targetKind } from './targets.js';
import { say } from '../words/message.js';
import { Writes } from './writes.js';
import { randomHex } from './random-name.js';

/** A report as it is written: whole, or chunks as they come (a workbook's, as its library packs them). */
export type ReportChunks = string | Iterable<string | Uint8Array> | AsyncIterable<Uint8Array>;

async function writeReport(file: string, text: ReportChunks): Promise<void> {
  const temporary = temporaryFor(file);
  let fd: number | undefined;
  // A signal while the report is written leaves no temporary file.
  const release = removedAtExit(temporary);
  try {
    // Plain synchronous writes: a report is written once, and the kernel buffers it anyway.
    fd = openExclusive(temporary, constants.O_WRONLY);
    await writeFileChunks(fd, text);
    closeSync(fd);
    fd = undefined;
    await putInPlace(temporary, file, release);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    release();
    throw unwritable(file, error);
  }
}

/** Reports written whole but not yet renamed into place, while renames are held back. */
let held: { temporary: string; file: string; release: () => void }[] | undefined;

/**
 * From now on a report written whole waits beside its place until `placeHeld`: a run interrupted
 * while it makes its reports puts none of them in place, not the first of three.
 */
export function holdRenames(): void {
  held ??= [];
}

/** Renames every report held back into its place, once a Ctrl-C that came had its turn. */
export async function placeHeld(): Promise<void> {
  const list = held ?? [];
  held = undefined;
  try {
    await turn(true);
    for (const report of list) {
      try {
        renameSync(report.temporary, report.file);
      } catch (error) {
        throw unwritable(report.file, error);
      }
    }
  } finally {
    for (const report of list) report.release();
  }
}

/** Removes the reports held back, none put in place: a run that stops on an error. */
export function dropHeld(): void {
  const list = held ?? [];
  held = undefined;
  for (const report of list) report.release();
}

/** Renames a report written whole at `temporary` into place, or holds it back; `release` forgets the temporary file. */
export async function putInPlace(temporary: string, file: string, release: () => void): Promise<void> {
  if (held) {
    held.push({ temporary, file, release });
    return;
  }
  // A Ctrl-C that came while the report was made ends the run here, before the report is in place.
  await turn(true);
  renameSync(temporary, file);
  release();
}

/** A device, FIFO or socket named as the target: written as it is, never replaced by a file. */
async function writeStream(file: string, text: ReportChunks): Promise<void> {
  let fd: number | undefined;
  try {
    refuseUnsafeStream(file);
    fd = openSync(file, constants.O_WRONLY | constants.O_NOCTTY);
    refuseOpenedDisk(fd, file);
    await writeChunks(fd, text);
  } catch (error) {
    throw unwritable(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function writeChunks(fd: number, text: ReportChunks): Promise<void> {
  const bytes = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  // Between chunks the loop turns, for a Ctrl-C to be heard while a large report is made.
  if (typeof text === 'string') writeAll(fd, bytes(text));
  else if (Symbol.asyncIterator in text)
    for await (const chunk of text) {
      writeAll(fd, bytes(chunk));
      await turn();
    }
  else
    for (const chunk of text) {
      writeAll(fd, bytes(chunk));
      await turn();
    }
}

/** Characters of short texts joined before they are written. */
const JOINED = 1 << 16;

/**
 * Writes a report's chunks into a file from `start` (its start unless said), the text ones on
 * another thread while this one makes the next (writes.ts), a few at most at once: the text is
 * never held whole. The position the chunks end at.
 */
export async function writeFileChunks(fd: number, text: ReportChunks, start = 0): Promise<number> {
  if (typeof text === 'string') {
    const bytes = Buffer.from(text);
    writeAll(fd, bytes, start);
    return start + bytes.length;
  }
  const writes = new Writes(fd);
  let position = start;
  try {
    if (Symbol.asyncIterator in text)
      for await (const chunk of text) {
        // A chunk handed in may be its maker's to reuse: written here and now.
        writeAll(fd, chunk, position);
        position += chunk.length;
        await turn();
      }
    else {
      // Short texts (a report may yield a line at a time) are joined into chunks of some size: a
      // chunk made here is this function's alone, and may be held until written.
      let texts: string[] = [];
      let length = 0;
      const send = async (): Promise<void> => {
        if (length === 0) return;
        const bytes = Buffer.from(texts.length === 1 ? texts[0]! : texts.join(''));
        texts = [];
        length = 0;
        writes.put(bytes, position);
        position += bytes.length;
        await writes.room();
      };
      for (const chunk of text) {
        if (typeof chunk === 'string') {
          texts.push(chunk);
          length += chunk.length;
          if (length >= JOINED) await send();
        } else {
          await send();
          writeAll(fd, chunk, position);
          position += chunk.length;
        }
        await turn();
      }
      await send();
    }
  } finally {
    // No write may still be out when the file is closed.
    await writes.settle().catch(() => {});
  }
  await writes.settle();
  return position;
}

/**
 * Where a report is written before it is renamed into place: beside it, so the rename is atomic,
 * under a name no one can guess ahead and plant a link at. Short whatever the report's name: a
 * long Chinese name is already near the 255 bytes a file system allows a name.
 */
export function temporaryFor(file: string): string {
  return join(dirname(file), `.duibiao-${randomHex(8)}.tmp`);
}

/** Makes a file that was not there, never through a link: what stands at `path` already is an error (EEXIST, ELOOP). */
export function openExclusive(path: string, access: number): number {
  return openSync(path, access | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
}

/** A file system's refusal as a stop code of its own; anything else (a fault of the tool) as it is. */
export function unwritable(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || error instanceof DuibiaoError) return error;
  // Messages, as a spool on a worker, which speaks no language, may be the one that cannot write.
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return new DuibiaoError('output-full', say('cannotWrite', file, fsErrorSaid(error)));
  if (code === 'EPIPE') return new DuibiaoError('output-closed', say('cannotWrite', file, say('pipeClosed')));
  // Of a file about to be made, 'no such file' means its folder is not there.
  const reason = code === 'ENOENT' ? say('folderMissing', dirname(file)) : fsErrorSaid(error);
  return new DuibiaoError('output-unwritable', say('cannotWrite', file, reason));
}

/** Writes every byte, at `position` or else where the file stands: a short write (a full disk) goes on or fails. */
export function writeAll(fd: number, bytes: Uint8Array, position: number | null = null): void {
  for (let done = 0; done < bytes.length;) {
    const written = writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
    if (written === 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    done += written;
  }
}

/** A report's text to stdout, or whole to its file. */
export async function writeText(text: ReportChunks, file: string | undefined): Promise<void> {
  const kind = file === undefined ? 'stdout' : targetKind(file);
  if (kind === 'stdout') await writeStdout(text);
  else if (kind === 'stream') await writeStream(file!, text);
  else await writeReport(file!, text);
}

/** Fills `bytes` from the file at `position`: a file shorter than was written is a fault of the tool. */
export function readAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length;) {
    const read = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (read === 0) throw new Error('a file of the run is shorter than was written to it');
    done += read;
  }
}

/** Writes a report's chunks to stdout, waiting whenever the pipe asks to. */
async function writeStdout(text: ReportChunks): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : text;
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
