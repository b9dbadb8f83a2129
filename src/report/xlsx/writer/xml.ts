// Text as SpreadsheetML holds it. What comes from the data is untrusted: the characters XML 1.0
// forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, as
// exceljs dropped them, and a lone surrogate, which UTF-8 cannot carry, becomes U+FFFD, the bytes
// Node's encoder wrote for it before. The report's text cells have been made visible already
// (cells.ts), so these are a last guard, not the policy.

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;
const REPLACE =
  // eslint-disable-next-line no-control-regex
  /[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `text` escaped for an element's content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // Nearly all text has nothing to escape: returned as it is, without a replacement pass.
  if (!SPECIAL.test(text)) return text;
  return text.replace(REPLACE, (char) => {
    const entity = ENTITY[char];
    if (entity !== undefined) return entity;
    // A surrogate half alone: the replacement character, as UTF-8 encoding would make it.
    return char.length === 1 && char >= '\ud800' && char <= '\udfff' ? '\ufffd' : '';
  });
}

/** Whether Excel would trim the text's edges unless told to keep them (`xml:space="preserve"`). */
export function needsPreserve(text: string): boolean {
  return text.length > 0 && (/^\s/.test(text) || /\s$/.test(text));
}

/** 1 → A, 27 → AA: a column's letters. */
export function columnLetters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A sheet's XML written straight into bytes (UTF-8), a piece at a time, into one buffer used again
 * for each piece: the rows' text is never joined into strings that V8 must flatten, encode and
 * collect (docs/performance.md). Text from the data is escaped as `escapeXml` escapes it.
 */
export class XmlBytes {
  private buffer: Uint8Array;
  /** Bytes written into the piece so far. */
  size = 0;

  constructor(private readonly pieceSize: number) {
    this.buffer = new Uint8Array(2 * pieceSize);
  }

  /** The piece written so far, valid until more is written; the next piece starts empty. */
  take(): Uint8Array {
    const piece = this.buffer.subarray(0, this.size);
    this.size = 0;
    // A buffer grown for a long text is let go; the piece taken keeps it until it has been read.
    if (this.buffer.length > 4 * this.pieceSize) this.buffer = new Uint8Array(2 * this.pieceSize);
    return piece;
  }

  private room(bytes: number): Uint8Array {
    if (this.size + bytes > this.buffer.length) {
      const grown = new Uint8Array(Math.max(2 * this.buffer.length, this.size + bytes));
      grown.set(this.buffer.subarray(0, this.size));
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** Text known to be ASCII: markup, a number's digits. */
  ascii(text: string): void {
    const bytes = this.room(text.length);
    let at = this.size;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.size = at;
  }

  /** Bytes made once (markup used again and again). */
  bytes(markup: Uint8Array): void {
    const bytes = this.room(markup.length);
    let at = this.size;
    for (const byte of markup) bytes[at++] = byte;
    this.size = at;
  }

  /** A whole number's digits: a row's number, a shared string's. */
  int(value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff) || value % 1 !== 0) {
      this.ascii(String(value));
      return;
    }
    const bytes = this.room(10);
    let n = value | 0;
    const digits =
      n < 10
        ? 1
        : n < 100
          ? 2
          : n < 1000
            ? 3
            : n < 10000
              ? 4
              : n < 100000
                ? 5
                : n < 1000000
                  ? 6
                  : n < 10000000
                    ? 7
                    : 10;
    let at = this.size + (digits === 10 ? String(n).length : digits);
    this.size = at;
    do {
      const q = (n / 10) | 0;
      bytes[--at] = 48 + n - q * 10;
      n = q;
    } while (n > 0);
  }

  /** A number as JavaScript writes it (`String(value)`), which is how SpreadsheetML reads it. */
  number(value: number): void {
    if (value >= 0 && value <= 0x7fffffff && value % 1 === 0) this.int(value);
    else this.ascii(String(value));
  }

  /** Markup already made XML (a sheet's head and tail): encoded, not escaped. */
  xml(text: string): void {
    this.utf8(text, false);
  }

  /** Text from the data, escaped as `escapeXml` escapes it. */
  text(text: string): void {
    this.utf8(text, true);
  }

  private utf8(text: string, escape: boolean): void {
    // At most 6 bytes a UTF-16 unit (`&quot;`); 3 for a unit of UTF-8.
    const bytes = this.room(6 * text.length);
    let at = this.size;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!escape || (c >= 0x20 && c !== 0x26 && c !== 0x3c && c !== 0x3e && c !== 0x22)) bytes[at++] = c;
        else if (c >= 0x20) at = this.entity(bytes, at, c);
        // The C0 controls but tab, line feed and carriage return: dropped.
        else if (c === 0x09 || c === 0x0a || c === 0x0d) bytes[at++] = c;
      } else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          i++;
        } else {
          // A surrogate half alone: U+FFFD, as Node's encoder writes it.
          bytes[at++] = 0xef;
          bytes[at++] = 0xbf;
          bytes[at++] = 0xbd;
        }
      } else if (!escape || (c !== 0xfffe && c !== 0xffff)) {
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.size = at;
  }

  private entity(bytes: Uint8Array, at: number, c: number): number {
    const entity = c === 0x26 ? '&amp;' : c === 0x3c ? '&lt;' : c === 0x3e ? '&gt;' : '&quot;';
    for (let i = 0; i < entity.length; i++) bytes[at++] = entity.charCodeAt(i);
    return at;
  }
}

/** ASCII markup as bytes, made once. */
export function markup(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
