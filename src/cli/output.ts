// Writes reports: to a file whole or not at all (a temporary file beside it, then a rename), or to
// stdout as its reader keeps up; and the plain positional reads and writes the report files use.
import { once } from 'node:events';
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuibiaoError, describeFsError } from '../errors.js';
import { words } from '../words/words.js';

async function writeReport(file: string, text: string | Iterable<string | Buffer>): Promise<void> {
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
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || error instanceof DuibiaoError) return error;
  // Of a file about to be made, 'no such file' means its folder is not there.
  const reason = code === 'ENOENT' ? words().folderMissing(dirname(file)) : describeFsError(error);
  return new DuibiaoError('output-unwritable', words().cannotWrite(file, reason));
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

/** Fills `bytes` from the file at `position`: a file shorter than was written is a fault of the tool. */
export function readAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) {
    const read = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (read === 0) throw new Error('a file of the run is shorter than was written to it');
    done += read;
  }
}

/** Writes a report's chunks to stdout, waiting whenever the pipe asks to. */
async function writeStdout(text: string | Iterable<string | Buffer>): Promise<void> {
  for (const chunk of typeof text === 'string' ? [text] : text) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
