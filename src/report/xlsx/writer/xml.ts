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
