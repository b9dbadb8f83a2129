// Writes a report whole or not at all: a temporary file beside the target, then a rename.
import { once } from 'node:events';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuibiaoError, describeFsError } from '../errors.js';

export async function writeReport(file: string, text: string | Iterable<string | Buffer>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    // Plain synchronous writes: a report is written once, and the kernel buffers it anyway.
    fd = openSync(temporary, 'w');
    for (const chunk of typeof text === 'string' ? [text] : text) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new DuibiaoError('output-unwritable', `cannot write ${file}: ${describeFsError(error)}`);
  }
}

/** Writes a report's chunks to stdout, waiting whenever the pipe asks to. */
export async function writeStdout(text: string | Iterable<string | Buffer>): Promise<void> {
  for (const chunk of typeof text === 'string' ? [text] : text) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
