// What people type into Excel, folded to what they mean: full-width forms, odd spaces.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\u00A0]/g;

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  return code === 0x3000 || code === 0xa0 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/** Full-width ASCII (`４０`, `，`, `％`) and ideographic spaces become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, foldChar);
}

/** How a header is compared: half-width, no spaces, case-insensitive. */
export function headerKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}
