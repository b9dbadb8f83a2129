// The inputs of a run as the user named them: files, folders and patterns, each expanded here into
// the files to read, in name order, every one with the folder the user named; the lock files Excel
// and WPS keep beside an open workbook are set aside. cmd.exe and PowerShell pass `各县/*.xlsx` as
// it is typed, so duibiao expands it itself; the glob library is loaded only for a pattern.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DuibiaoError, fsErrorSaid } from '../errors.js';
import type { Problem } from '../model/types.js';
import { readerForName } from './readers.js';
import { say } from '../words/message.js';

/** One file to read, and how the user named it. */
export interface NamedFile {
  /** The path read: as the user spelled it, or the entry's name joined to the folder or the pattern's base. */
  file: string;
  /**
   * The folder the user named, absolute: the folder given, or the static base of a pattern
   * (`各县` of `各县/*.xlsx`); for a file named on its own, the working directory.
   */
  folder: string;
  by: 'file' | 'folder' | 'pattern';
}

export interface ExpandedInputs {
  /** Every file to read, in the order of the arguments, each folder's and pattern's in name order. */
  files: NamedFile[];
  /** Lock files found in a folder or by a pattern, not read: each is named in `lock-file-skipped`. */
  lockFiles: string[];
}

/** Excel's owner file `~$名称.xlsx`, WPS's `.~名称.xlsx` (LibreOffice's `.~lock.名称.xlsx#` too). */
export function isLockFile(file: string): boolean {
  const name = basename(file);
  return name.startsWith('~$') || name.startsWith('.~');
}

/** The notice that a lock file found in a folder or by a pattern was not read. */
export function lockFileSkipped(file: string): Problem {
  return {
    file,
    line: 1,
    code: 'lock-file-skipped',
    level: 'notice',
    message: say('inputs.lockFileSkipped', workbookOfLock(file)),
  };
}

/** The workbook a lock file stands for, as its name says it: `~$名称.xlsx` → `名称.xlsx`. */
export function workbookOfLock(file: string): string {
  const name = basename(file);
  const workbook = name.startsWith('.~lock.') ? name.slice('.~lock.'.length).replace(/#$/, '') : name.slice(2);
  return join(file.slice(0, file.length - name.length) || '.', workbook);
}

/**
 * Names in the order a person sees them in a folder: Chinese by pinyin, numbers by value (`第2批`
 * before `第10批`), as Explorer sorts; ties by code unit, so the order never depends on the system.
 */
// Made when a folder or a pattern is first sorted: loading its collation costs a small check a
// good part of its start-up, and a run that names its files sorts nothing.
let nameOrder: Intl.Collator | undefined;
const byName = (a: string, b: string): number => {
  nameOrder ??= new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'variant' });
  return nameOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
};

/** Wildcards that make an argument a pattern when no file or folder has its name. `(` and `!` do not: `名称(1).xlsx` is Windows's name for a copy. */
const WILDCARD = /[*?[{]/;

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const expanded: ExpandedInputs = { files: [], lockFiles: [] };
  const here = process.cwd();
  for (const arg of args) {
    const stats = await stat(arg).catch(() => undefined);
    if (stats?.isDirectory()) {
      await readFolder(arg, expanded);
    } else if (stats === undefined && WILDCARD.test(arg)) {
      await readPattern(arg, expanded);
    } else if (isLockFile(arg)) {
      throw new DuibiaoError('lock-file', say('inputs.lockFile', arg, workbookOfLock(arg)));
    } else {
      // A file that cannot be read is said by its reader, as before: the same words whatever the file.
      expanded.files.push({ file: arg, folder: here, by: 'file' });
    }
  }
  // A file named twice (a folder and a file in it, two patterns that both match it) is one return: read once.
  const seen = new Set<string>();
  expanded.files = expanded.files.filter(({ file }) => !seen.has(resolve(file)) && Boolean(seen.add(resolve(file))));
  expanded.lockFiles = [...new Set(expanded.lockFiles)];
  return expanded;
}

/** The files of a known format directly in the folder, in name order; hidden ones are not read. */
async function readFolder(folder: string, expanded: ExpandedInputs): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new DuibiaoError('file-unreadable', say('cannotRead', folder, fsErrorSaid(error)));
  }
  const names: string[] = [];
  for (const entry of entries) {
    // A link to a folder is a folder: subfolders are not read.
    if (
      entry.isDirectory() ||
      (entry.isSymbolicLink() && (await stat(join(folder, entry.name)).catch(() => undefined))?.isDirectory())
    )
      continue;
    const lock = isLockFile(entry.name);
    if (readerForName(lock ? entry.name.replace(/#$/, '') : entry.name) === undefined) continue;
    if (lock) expanded.lockFiles.push(join(folder, entry.name));
    else if (!entry.name.startsWith('.')) names.push(entry.name);
  }
  if (names.length === 0)
    throw new DuibiaoError('file-unreadable', say('cannotRead', folder, say('inputs.folderHoldsNoReturn')));
  const absolute = resolve(folder);
  for (const name of names.sort(byName))
    expanded.files.push({ file: join(folder, name), folder: absolute, by: 'folder' });
}

/**
 * The files a pattern matches, in name order; a pattern that matches none is refused as a file
 * that does not exist is. Matched without regard to case (`*.xlsx` finds `云溪县.XLSX`, as on
 * Windows, on every system); `(` and `)` are themselves; a hidden file is matched only by a
 * pattern that names the dot, as a shell's `*` does.
 */
async function readPattern(arg: string, expanded: ExpandedInputs): Promise<void> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  // On Windows `\` separates folders, as cmd.exe users type it; elsewhere it escapes.
  const spelled = process.platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
  const segments = spelled.split('/');
  let fixed = 0;
  while (
    fixed < segments.length - 1 &&
    (await isLiteral(segments.slice(0, fixed + 1).join('/'), segments[fixed]!, isDynamicPattern))
  )
    fixed++;
  const base = baseOf(segments.slice(0, fixed));
  const rest = segments.slice(fixed).join('/');
  const matches = await glob(rest.replace(/[()]/g, '\\$&'), {
    cwd: resolve(base),
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    extglob: false,
    caseSensitiveMatch: false,
  }).catch(() => [] as string[]);
  const namesDot = rest.split('/').some((part) => part.startsWith('.'));
  const files: string[] = [];
  for (const match of matches.sort(byName)) {
    const parts = match.split('/');
    const name = parts[parts.length - 1]!;
    const hidden = parts.slice(0, -1).some((part) => part.startsWith('.'));
    if (isLockFile(name) && !hidden) expanded.lockFiles.push(join(base, match));
    else if (namesDot || !(hidden || name.startsWith('.'))) files.push(match);
  }
  if (files.length === 0) throw new DuibiaoError('file-unreadable', say('cannotRead', arg, say('inputs.noMatch')));
  const folder = resolve(base);
  for (const match of files) expanded.files.push({ file: join(base, match), folder, by: 'pattern' });
}

/** A segment of a pattern's static base: no wildcard, or the name of a real folder (`[汇总]`), taken as it is. */
async function isLiteral(
  path: string,
  segment: string,
  isDynamicPattern: (pattern: string) => boolean,
): Promise<boolean> {
  if (!isDynamicPattern(segment) && !segment.includes('\\')) return true;
  if (/[*?]/.test(segment)) return false;
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** The folder the leading segments name: `.` for none, `/` and `C:/` for a root. */
function baseOf(segments: readonly string[]): string {
  if (segments.length === 0) return '.';
  const joined = segments.join('/');
  return joined === '' || joined.endsWith(':') ? `${joined}/` : joined;
}
