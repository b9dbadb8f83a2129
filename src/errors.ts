// Errors that stop a run (exit 2): bad usage, an unreadable file, an invalid rule pack.
import type { ProblemCode, StopCode } from './model/codes.js';
import { currentLang, isLoaded, words, type Lang } from './words/words.js';
import { render, type Text } from './words/message.js';

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

/**
 * A failure the CLI reports in plain words with exit code 2; the stack is only for --debug. Its
 * message is made in no language (`said`), and said by whoever reports the stop, in its own
 * (cli/failure.ts); `message` says it in the process's language, for a caller that reads it.
 */
export class DuibiaoError extends Error {
  readonly code: StopCode;
  readonly said: Text;
  readonly details: readonly LocatedMessage[];

  /**
   * `cause`: what a library (SheetJS, saxes, zlib) said, in its own words: shown only with --debug,
   * as the message itself is said in the report's language.
   */
  constructor(code: StopCode, message: Text, details: readonly LocatedMessage[] = [], options?: { cause?: unknown }) {
    // A thread that speaks no language (a worker) says it only if it is read.
    const eager = typeof message === 'string' || isLoaded(currentLang());
    super(eager ? render(message, currentLang()) : '', options);
    if (!eager)
      Object.defineProperty(this, 'message', { get: () => render(message, currentLang()), configurable: true });
    this.name = 'DuibiaoError';
    this.code = code;
    this.said = message;
    this.details = details;
  }

  /** The same stop with its message said in `lang` (whose words are loaded): what the library rejects with. */
  saidIn(lang: Lang): DuibiaoError {
    const again = new DuibiaoError(this.code, this.said, this.details, { cause: this.cause });
    Object.defineProperty(again, 'message', { value: render(this.said, lang), writable: true, configurable: true });
    again.stack = this.stack;
    return again;
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
