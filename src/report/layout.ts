// Columns of text that line up in a terminal, Chinese included: a wide character takes two cells.
// Small on purpose: a table library costs more to load than the whole check of a county file.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Terminal cells a character takes: 2 for East Asian wide and full-width forms, else 1. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** A colour code, a run of spaces, or one character. */
// eslint-disable-next-line no-control-regex
const PIECE = /\u001b\[[0-9;]*m| +|[^]/gu;
/** No line ends with these: they open what follows. */
const OPENERS = new Set('([{（［｛【《“‘'.split(''));
/** No line begins with these: they close or follow what comes before. */
const CLOSERS = new Set(')]}）］｝】》”’，。、；：！？,.;:!?%'.split(''));

/** What a line may not split: a word of narrow characters, a wide character, with the brackets and marks that cling to them. */
interface Unit {
  text: string;
  width: number;
  /** Spaces before it: where a line may break. */
  space: string;
  /** Whether it ends in a narrow character, which the next narrow one joins. */
  narrow: boolean;
}

function units(paragraph: string): Unit[] {
  const out: Unit[] = [];
  let space = '';
  let pending = '';
  let last: Unit | undefined;
  const push = (text: string, width: number, narrow: boolean): void => {
    // A narrow character joins the word before it; an opener holds on to what follows, a closer to what precedes.
    const joins =
      last !== undefined &&
      space === '' &&
      ((narrow && last.narrow) || OPENERS.has(last.text.at(-1)!) || CLOSERS.has(text[0]!));
    if (joins) {
      last!.text += pending + text;
      last!.width += width;
      last!.narrow = narrow;
    } else out.push((last = { text: pending + text, width, space, narrow }));
    space = '';
    pending = '';
  };
  for (const [piece] of paragraph.matchAll(PIECE)) {
    // A colour code stays with the text before it, unless a space came between: then with the text after.
    if (piece.length > 2 && piece.startsWith('\u001b[')) {
      if (last !== undefined && space === '') last.text += piece;
      else pending += piece;
    } else if (piece.startsWith(' ')) space += piece;
    else {
      const width = charWidth(piece.codePointAt(0)!);
      push(piece, width, width === 1);
    }
  }
  // Colour codes at the end stay on the last line.
  if (pending || space) out.push({ text: pending, width: 0, space, narrow: false });
  return out;
}

/**
 * Splits text into lines of at most `width` cells, keeping colour codes with their text. Chinese
 * breaks between any two characters, but not after an opening bracket nor before a closing one or
 * a comma; a word of narrow characters (a column name, a figure) moves whole to the next line when
 * it does not fit, and is cut only when it is wider than a line. Spaces at a break are dropped.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const unit of units(paragraph)) {
      const spaceWidth = displayWidth(unit.space);
      if (used > 0 && used + spaceWidth + unit.width > width) {
        lines.push(line);
        line = '';
        used = 0;
      } else {
        line += unit.space;
        used += spaceWidth;
      }
      if (unit.width <= width - used) {
        line += unit.text;
        used += unit.width;
        continue;
      }
      // Wider than a whole line: cut where it reaches the edge.
      for (const [piece] of unit.text.matchAll(PIECE)) {
        const w = piece.startsWith('\u001b[') && piece.length > 2 ? 0 : charWidth(piece.codePointAt(0)!);
        if (used + w > width && used > 0) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += piece;
        used += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Rows of cells laid out in columns of the given widths, two spaces apart; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const out: string[] = [];
  for (const row of rows) {
    const wrapped = row.map((cell, i) => wrap(cell, widths[i]!));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    for (let line = 0; line < height; line++) {
      const parts = wrapped.map((cell, i) => {
        const text = cell[line] ?? '';
        return i === wrapped.length - 1 ? text : text + ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
      });
      out.push(parts.join('  ').trimEnd());
    }
  }
  return out.join('\n');
}

/** Text from the data, made safe for a terminal: the escaping policy of visible.ts, under the name the table uses. */
export { visible as printable } from '../model/visible.js';
