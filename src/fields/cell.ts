// What reading one cell gives: a value, a blank, a placeholder blank, or a coded problem.
import type { DataCode } from '../model/codes.js';
import type { CellValue } from '../model/types.js';
import type { Text } from '../words/message.js';

export class CellProblem {
  constructor(
    readonly code: DataCode,
    readonly message: Text,
  ) {}
}

/** A dash, slash or 无 standing alone in a number cell: a blank as the office wrote it, never a zero. */
export class Placeholder {
  private constructor(readonly text: string) {}
  private static readonly known = new Map<string, Placeholder>();
  static of(text: string): Placeholder {
    let mark = Placeholder.known.get(text);
    if (!mark) Placeholder.known.set(text, (mark = new Placeholder(text)));
    return mark;
  }
}

/** A readable value, `undefined` for a blank, a placeholder blank, or the problem that makes it unusable. */
export type CellResult = CellValue | undefined | Placeholder | CellProblem;

export type CellReader = (raw: string) => CellResult;

export const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
