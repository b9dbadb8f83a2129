// One policy for every file the run reads (data, the pack, the roster, waivers, the baseline, the
// config): a regular file once links are followed (regular-file.ts), read whole only up to its
// bound, and never reached through a link that leads out of the folder the user named.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DuibiaoError, describeFsError } from '../errors.js';
import type { StopCode } from '../model/codes.js';
import { isTooLarge, openRegular, readRegular } from './regular-file.js';
import { say } from '../words/message.js';

/**
 * The whole of an input read whole, as text (UTF-8): a refusal by the policy has the code a data
 * file's would (`file-unreadable`, `file-too-large`); any other failure (no such file, no
 * permission) is the file's own `code`, with `sayWhy` giving its words.
 */
export async function readInputText(
  file: string,
  limit: number,
  code: StopCode,
  sayWhy: (file: string, reason: string) => string,
): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await readRegular(file, limit));
  } catch (error) {
    throw new DuibiaoError(policyCode(error) ?? code, sayWhy(file, describeFsError(error)));
  }
}

/** The codes of the policy's refusals, kept whatever file they are of. */
export const POLICY_CODES: ReadonlySet<StopCode> = new Set(['file-unreadable', 'file-too-large', 'link-outside']);

/**
 * Refuses at once (`file-unreadable`) a file that is there but is no regular file once links are
 * followed, before a reader that would report it under another code opens it; a file that is not
 * there, or not readable, is left for the reader to report.
 */
export async function refuseNotRegular(file: string): Promise<void> {
  try {
    const { handle } = await openRegular(file);
    await handle.close();
  } catch (error) {
    if (policyCode(error) !== undefined) throw error;
  }
}

/** The policy's code for a refusal of its own; undefined for an ordinary failure to read. */
export function policyCode(error: unknown): StopCode | undefined {
  if (isTooLarge(error)) return 'file-too-large';
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EDUIBIAO_NOT_REGULAR' ? 'file-unreadable' : undefined;
}

/**
 * Where a link in `file`'s path leads out of `root`: the real path it reaches, or undefined when it
 * stays inside. A file named outside the root is what the user named, and has no root to leave; a
 * link a file leads through inside the root is the checkout's, which whoever sent it controls.
 * `root` is the folder the user named, or the working directory for a file named directly.
 */
export function linkLeavingRoot(file: string, root: string = process.cwd()): string | undefined {
  const named = resolve(file);
  const top = resolve(root);
  if (!isWithin(named, top)) return undefined;
  const real = realPathOf(named);
  return isWithin(real, realPathOf(top)) ? undefined : real;
}

/** An input of the run, and the folder it was found in (the working directory when named directly). */
export interface NamedInput {
  file: string;
  root?: string | undefined;
  /** How the file is named in messages, when not as `file`. */
  shown?: string | undefined;
}

/** Refuses (`link-outside`) each input reached through a link out of its root; `followLinks` allows them. */
export function refuseLinksLeaving(inputs: readonly NamedInput[], followLinks: boolean): void {
  if (followLinks) return;
  for (const { file, root, shown } of inputs) {
    const target = linkLeavingRoot(file, root);
    if (target !== undefined) throw new DuibiaoError('link-outside', say('inputs.linkOutside', shown ?? file, target));
  }
}

/**
 * Where a path a config file names lands, refused (`config-path-outside`) when it leaves the config's
 * folder: `..` above it, an absolute path, `~` (a home folder no shell expands here), or a link,
 * anywhere along it, to outside. A pull request may change the config, so whatever it names stays
 * inside the repository.
 */
export function insideConfigFolder(path: string, config: { shown: string; at: string }, key: string): string {
  const folder = dirname(resolve(config.at));
  const refuse = (): never => {
    throw new DuibiaoError('config-path-outside', say('inputs.configPathOutside', config.shown, key, path));
  };
  if (path.startsWith('~') || isAbsolute(path) || /^[A-Za-z]:|^[\\/]/.test(path)) refuse();
  const landed = resolve(folder, path);
  if (!isWithin(landed, folder) || !isWithin(realPathOf(landed), realPathOf(folder))) refuse();
  // Relative to where the run is, as the command line's paths are.
  return join(dirname(config.shown), path);
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of a file that may not exist yet (a report to write): its nearest existing
 * ancestor's real path and the rest as named. A link at the end that leads nowhere is left as named.
 */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}
