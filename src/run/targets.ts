// Where each report may go, decided before anything is read: never over a file the run reads,
// never two reports into one file, never a disk, and a device, FIFO or socket written to as it is,
// never replaced, only when named as itself.
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
    if (file !== undefined) refuseUnsafeStream(file);
    // A character device (/dev/null, a terminal) takes reports one after another and keeps none.
    if (isCharacterDevice(file === undefined ? stdoutStats() : statOf(file))) continue;
    const key = file === undefined ? stdoutIdentity() : targetIdentity(file);
    if (key === undefined) continue;
    const input = read.get(key);
    if (input !== undefined) {
      throw new DuibiaoError('output-is-input', words().usage.outputIsInput(`${format}:${file}`, input));
    }
    const earlier = written.get(key);
    if (earlier !== undefined)
      throw new DuibiaoError('usage', words().usage.sameTarget(earlier, format, file ?? words().usage.stdout));
    written.set(key, format);
  }
}

/**
 * The names of the system's own streams: /dev/null, /dev/stderr, /dev/fd/3, /proc/self/fd/1. Links
 * there are the system's, not planted by whoever sent the files.
 */
const SYSTEM_NAMES = ['/dev/', '/proc/'];

/**
 * Refuses (`output-unsafe`) a disk as a target however it is named, and a device, FIFO or socket
 * reached through a link outside the system's names: a CI job writes its reports where a pull
 * request may have planted a link, and one to /dev/sda would be written through, one to a FIFO
 * with no reader would hang the job. A regular file behind a link is safe: it is replaced by a
 * rename, which replaces the link, never what it points at. Stdout under another name is written
 * as stdout.
 */
export function refuseUnsafeStream(file: string): void {
  const stats = statOf(file);
  if (stats === undefined || stats.isFile() || stats.isDirectory()) return;
  if (stats.isBlockDevice()) throw new DuibiaoError('output-unsafe', words().blockDeviceTarget(file));
  if (identity(stats) === stdoutIdentity() || namedAsItself(file)) return;
  throw new DuibiaoError('output-unsafe', words().linkedStreamTarget(file, realOf(file)));
}

/** Whether the path reaches what it names without a link, or is one of the system's names. */
function namedAsItself(file: string): boolean {
  const absolute = resolve(file);
  return SYSTEM_NAMES.some((prefix) => absolute.startsWith(prefix)) || realOf(file) === absolute;
}

function realOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Refuses a disk found only once opened (a link changed after the check): nothing is written to it. */
export function refuseOpenedDisk(fd: number, file: string): void {
  if (fstatSync(fd).isBlockDevice()) throw new DuibiaoError('output-unsafe', words().blockDeviceTarget(file));
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
