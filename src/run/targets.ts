// Where each report may go, decided before anything is read: never over a file the run reads,
// never two reports into one file, and a device, FIFO or socket written to as it is, never replaced.
import { fstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DuibiaoError } from '../errors.js';
import { words } from '../words/words.js';

/**
 * How a report reaches its target: `stdout` when the target is this process's stdout under another
 * name (`/dev/stdout`, `/proc/self/fd/1`, the file stdout is redirected to); `stream` for a device,
 * FIFO or socket once links are followed, written as it is, as a shell's `>` would, never replaced;
 * `file` for a file replaced whole by a rename.
 */
export function targetKind(file: string): 'stdout' | 'stream' | 'file' {
  const stats = statOf(file);
  if (stats === undefined) return 'file';
  if (identity(stats) === stdoutIdentity()) return 'stdout';
  return stats.isCharacterDevice() || stats.isBlockDevice() || stats.isFIFO() || stats.isSocket() ? 'stream' : 'file';
}

/**
 * Refuses a report written over an input of the run (`output-is-input`), and two reports that
 * would land in one file, stdout included (`usage`). Files are compared as the system knows them,
 * by device and inode, or for a file not made yet by its folder's real path: never by spelling.
 */
/** A report to write: its format's name, and its file (undefined: stdout). */
export interface Target {
  format: string;
  file: string | undefined;
}

export function refuseUnsafeTargets(outputs: readonly Target[], inputs: readonly string[]): void {
  const read = new Map<string, string>();
  for (const input of inputs) {
    const stats = statOf(input);
    if (stats) read.set(identity(stats), input);
  }
  const written = new Map<string, string>();
  for (const { format, file } of outputs) {
    // A character device (/dev/null, a terminal) takes reports one after another and keeps none.
    if (isCharacterDevice(file === undefined ? stdoutStats() : statOf(file))) continue;
    const key = file === undefined ? stdoutIdentity() : targetIdentity(file);
    if (key === undefined) continue;
    const input = read.get(key);
    if (input !== undefined) {
      throw new DuibiaoError('output-is-input', words().usage.outputIsInput(`${format}:${file}`, input));
    }
    const earlier = written.get(key);
    if (earlier !== undefined) throw new DuibiaoError('usage', words().usage.sameTarget(earlier, format, file ?? words().usage.stdout));
    written.set(key, format);
  }
}

function targetIdentity(file: string): string | undefined {
  const stats = statOf(file);
  if (stats) return identity(stats);
  // Not there yet: the file it will be is its folder's real path and its name.
  try {
    return `path:${join(realpathSync(dirname(resolve(file))), basename(file))}`;
  } catch {
    // A folder that is not there: the writer says so.
    return undefined;
  }
}

function stdoutIdentity(): string | undefined {
  const stats = stdoutStats();
  return stats && identity(stats);
}

function stdoutStats(): Stats | undefined {
  try {
    return fstatSync(1);
  } catch {
    return undefined;
  }
}

function isCharacterDevice(stats: Stats | undefined): boolean {
  return stats?.isCharacterDevice() ?? false;
}

function identity(stats: Stats): string {
  return `inode:${stats.dev}:${stats.ino}`;
}

/** The file's status after links are followed; undefined when there is none to follow to. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
