// Writes a report whole or not at all: a temporary file beside the target, then a rename.
import { once } from 'node:events';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuibiaoError, describeFsError } from '../errors.js';

export async function writeReport(file: string, text: string | Iterable<string | Buffer>): Promise<void> {
  const temporary = temporaryFor(file);
  let fd: number | undefined;
  try {
    // Plain synchronous writes: a report is written once, and the kernel buffers it anyway.
    fd = openSync(temporary, 'w');
    for (const chunk of typeof text === 'string' ? [text] : text) writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw unwritable(file, error);
  }
}

/** Where a report is written before it is renamed into place: beside it, so the rename is atomic. */
export function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** A file system's refusal as output-unwritable; anything else (a fault of the tool) as it is. */
export function unwritable(file: string, error: unknown): unknown {
  const fsError = typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' && !(error instanceof DuibiaoError);
  return fsError ? new DuibiaoError('output-unwritable', `cannot write ${file}: ${describeFsError(error)}`) : error;
}

/** Writes every byte, at `position` or else where the file stands: a short write (a full disk) goes on or fails. */
export function writeAll(fd: number, bytes: Uint8Array, position: number | null = null): void {
  for (let done = 0; done < bytes.length; ) {
    const written = writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
    if (written === 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    done += written;
  }
}

/** A report's text to stdout, or whole to its file. */
export async function writeText(text: string | Iterable<string | Buffer>, file: string | undefined): Promise<void> {
  if (file === undefined) await writeStdout(text);
  else await writeReport(file, text);
}

/** Writes a report's chunks to stdout, waiting whenever the pipe asks to. */
export async function writeStdout(text: string | Iterable<string | Buffer>): Promise<void> {
  for (const chunk of typeof text === 'string' ? [text] : text) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
