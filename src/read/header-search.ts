// The search for a table's header among its first lines, for a CSV file and a workbook's sheet
// alike: the line that names most of the pack's columns, found before any line is read as data.
import { headerScore } from './headers.js';

/** How many non-blank lines the header is looked for in: no return has a longer title block. */
export const HEADER_WINDOW = 30;

/** The score of a blank line held before the header is chosen: never a header, never a title. */
export const BLANK = -1;

/** A line held while the header is looked for; blank lines side by side are held as one run. */
export interface HeldLine {
  record: string[];
  line: number;
  /** How many of the pack's columns it names, or BLANK. */
  score: number;
  /** For a run of blank lines, one after the other, how many: each is still a line of the table. */
  run?: number;
}

export class HeaderSearch {
  private held: HeldLine[] = [];
  private texts = 0;
  private best = 0;

  constructor(private readonly lookup: ReadonlyMap<string, number>) {}

  /**
   * Holds the next line; true when the header is known to be among the lines held: a line naming
   * none follows a line naming some, or the window is full. Blank lines above the first text are nothing.
   */
  offer(record: string[], line: number): boolean {
    if (isBlankRecord(record)) {
      const last = this.held[this.held.length - 1];
      if (last?.score === BLANK && line === last.line + (last.run ?? 1)) last.run = (last.run ?? 1) + 1;
      else if (last) this.held.push({ record, line, score: BLANK });
      return false;
    }
    const score = headerScore(record, this.lookup);
    this.held.push({ record, line, score });
    this.texts++;
    if ((this.best > 0 && score === 0) || this.texts >= HEADER_WINDOW) return true;
    this.best = Math.max(this.best, score);
    return false;
  }

  /** The most columns a line held so far names. */
  bestScore(): number {
    return this.held.reduce((most, held) => Math.max(most, held.score), 0);
  }

  holding(): boolean {
    return this.held.length > 0;
  }

  /** The lines held, in order; the search starts again empty. */
  take(): HeldLine[] {
    const held = this.held;
    this.held = [];
    this.texts = 0;
    this.best = 0;
    return held;
  }
}

export function isBlankRecord(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}
