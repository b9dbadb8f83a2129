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

/** Splits text into lines of at most `width` cells, keeping colour codes with their text. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const piece of paragraph.split(/(\u001b\[[0-9;]*m)/)) {
      if (piece.startsWith('\u001b[')) {
        line += piece;
        continue;
      }
      for (const char of piece) {
        const w = charWidth(char.codePointAt(0)!);
        if (used + w > width && used > 0) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += char;
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

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text from the data, made safe for a terminal: control characters (an ESC could restyle the screen) shown as \uXXXX. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
