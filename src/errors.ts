// Errors that stop a run (exit 2): bad usage, an unreadable file, an invalid rule pack.
import type { ProblemCode, StopCode } from './model/codes.js';
import { currentLang, type Lang } from './words/words.js';
import { render, say, type Text } from './words/message.js';

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
  readonly details: readonly LocatedMessage[];
  /** What stopped the run, as a message in no language: `message` says it in the process's. */
  readonly said: Text;

  /**
   * `cause`: what a library (SheetJS, saxes, zlib) said, in its own words: shown only with --debug,
   * as the message itself is said in the report's language.
   */
  constructor(code: StopCode, message: Text, details: readonly LocatedMessage[] = [], options?: { cause?: unknown }) {
    super(typeof message === 'string' ? message : '', options);
    this.name = 'DuibiaoError';
    this.code = code;
    this.details = details;
    this.said = message;
    // Made in no language, said when it is read: by a report of the stop, in that report's language.
    if (typeof message !== 'string')
      Object.defineProperty(this, 'message', { get: () => render(message, currentLang()), configurable: true });
  }

  /** The same stop with its message said in `lang` (whose words are loaded): what the library rejects with. */
  saidIn(lang: Lang): DuibiaoError {
    const again = new DuibiaoError(this.code, this.said, this.details, { cause: this.cause });
    Object.defineProperty(again, 'message', { value: render(this.said, lang), writable: true, configurable: true });
    again.stack = this.stack;
    return again;
  }
}

/** A file system error in plain words, in the run's language. */
export function describeFsError(error: unknown): string {
  return render(fsErrorSaid(error), currentLang());
}

/** A file system error in plain words, as a message. */
export function fsErrorSaid(error: unknown): Text {
  const code = (error as NodeJS.ErrnoException).code;
  // The reader's own refusals (not a regular file, too large) carry their reason as a message.
  if (code?.startsWith('EDUIBIAO_')) return (error as { said?: Text }).said ?? (error as Error).message;
  if (code === 'ENOENT') return say('fsNoSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return say('fsPermission');
  if (code === 'EISDIR') return say('fsIsFolder');
  if (code === 'ENOTDIR') return say('fsNotAFolder');
  if (code === 'ENOSPC') return say('fsNoSpace');
  if (code === 'ENAMETOOLONG') return say('fsNameTooLong');
  return code ?? String(error);
}
