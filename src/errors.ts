// Errors that stop a run (exit 2): bad usage, an unreadable file, an invalid rule pack.
import type { ProblemCode, StopCode } from './model/codes.js';
import { words } from './words/words.js';
import type { Text } from './words/message.js';

export interface ErrorLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface LocatedMessage extends ErrorLocation {
  code: ProblemCode;
  /** Made in no language; the report of a stop (cli/failure.ts) says it in its own. */
  message: Text;
}

export function formatLocation(where: ErrorLocation): string {
  let text = where.file;
  if (where.line !== undefined) text += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) text += `:${where.column}`;
  return text;
}

/** A failure the CLI reports in plain words with exit code 2; the stack is only for --debug. */
export class DuibiaoError extends Error {
  readonly code: StopCode;
  readonly details: readonly LocatedMessage[];

  /**
   * `cause`: what a library (SheetJS, saxes, zlib) said, in its own words: shown only with --debug,
   * as the message itself is said in the run's language.
   */
  constructor(code: StopCode, message: string, details: readonly LocatedMessage[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DuibiaoError';
    this.code = code;
    this.details = details;
  }
}

/** A file system error in plain words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const w = words();
  // The reader's own refusals (not a regular file, too large) carry their reason as the message.
  if (code?.startsWith('EDUIBIAO_')) return (error as Error).message;
  if (code === 'ENOENT') return w.fsNoSuchFile;
  if (code === 'EACCES' || code === 'EPERM') return w.fsPermission;
  if (code === 'EISDIR') return w.fsIsFolder;
  if (code === 'ENOTDIR') return w.fsNotAFolder;
  if (code === 'ENOSPC') return w.fsNoSpace;
  if (code === 'ENAMETOOLONG') return w.fsNameTooLong;
  return code ?? String(error);
}
