// Errors that stop a run (exit 2): bad usage, an unreadable file, an invalid rule pack.
export interface ErrorLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface LocatedMessage extends ErrorLocation {
  code: string;
  message: string;
}

export function formatLocation(where: ErrorLocation): string {
  let text = where.file;
  if (where.line !== undefined) text += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) text += `:${where.column}`;
  return text;
}

/** A failure the CLI reports in plain words with exit code 2; the stack is only for --debug. */
export class DuibiaoError extends Error {
  readonly code: string;
  readonly details: readonly LocatedMessage[];

  constructor(code: string, message: string, details: readonly LocatedMessage[] = []) {
    super(message);
    this.name = 'DuibiaoError';
    this.code = code;
    this.details = details;
  }
}
