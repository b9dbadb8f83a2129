// Writes a report whole or not at all: a temporary file beside the target, then a rename.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DuibiaoError } from '../errors.js';
import { describeFsError } from '../read/decode.js';

export async function writeReport(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new DuibiaoError('output-unwritable', `cannot write ${file}: ${describeFsError(error)}`);
  }
}
