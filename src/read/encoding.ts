// Tells a file's encoding from its first bytes, and what a file is when it is not text.
import { DuibiaoError } from '../errors.js';
import { say, type Text } from '../words/message.js';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * `first` is the start of the file, or all of it when `whole`. A file that is
 * mostly UTF-8 stays UTF-8 even with a few lines in another encoding, so that
 * those lines are reported where they are instead of garbling the rest.
 */
export function detectEncoding(
  first: Uint8Array,
  file: string,
  whole: boolean,
): { encoding: Encoding; bomLength: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const looks = binaryKind(first);
  if (looks === undefined) return { encoding: mostlyUtf8(first, whole) ? 'utf-8' : 'gb18030', bomLength: 0 };
  const wide = looks === NUL ? utf16WithoutBom(first) : undefined;
  if (wide) return { encoding: wide, bomLength: 0 };
  throw new DuibiaoError('format-error', say('notATable', file, looks === NUL ? say('looksBinary') : looks));
}

const NUL = 'binary data (it holds NUL bytes)';

function binaryKind(first: Uint8Array): Text | undefined {
  if (startsWith(first, [0x50, 0x4b, 0x03, 0x04])) return say('looksZip');
  if (startsWith(first, [0xd0, 0xcf, 0x11, 0xe0])) return say('looksXls');
  if (startsWith(first, [0x25, 0x50, 0x44, 0x46, 0x2d])) return say('looksPdf');
  if (first.includes(0)) return NUL;
  return undefined;
}

/**
 * UTF-16 saved without a byte-order mark: read both ways, the right one is text (tabs, line ends,
 * ASCII, Chinese, full-width forms), the wrong one mostly is not. Counting NUL bytes alone fails
 * on Chinese, where 开 (U+5F00) or 需 (U+9700) has a zero low byte.
 */
/** Whether the bytes begin with these (`%PDF-` is 25 50 44 46 2d). */
function startsWith(bytes: Uint8Array, head: readonly number[]): boolean {
  return bytes.length >= head.length && head.every((byte, i) => bytes[i] === byte);
}

function utf16WithoutBom(first: Uint8Array): Encoding | undefined {
  const pairs = Math.floor(Math.min(first.length, 4096) / 2);
  if (pairs < 2) return undefined;
  const le = textShare(first, pairs, true);
  const be = textShare(first, pairs, false);
  if (le >= PLAUSIBLE && le > be) return 'utf-16le';
  if (be >= PLAUSIBLE && be > le) return 'utf-16be';
  return undefined;
}

/** The share of a text's code units that belong in a table; 0 when none ends a line or separates a cell. */
const PLAUSIBLE = 0.97;

function textShare(first: Uint8Array, pairs: number, littleEndian: boolean): number {
  let text = 0;
  let separators = 0;
  for (let i = 0; i < pairs; i++) {
    const unit = littleEndian ? first[2 * i]! | (first[2 * i + 1]! << 8) : (first[2 * i]! << 8) | first[2 * i + 1]!;
    if (unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0x2c || unit === 0x3b) separators++;
    if (isTableText(unit)) text++;
  }
  return separators === 0 ? 0 : text / pairs;
}

function isTableText(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x20 && unit < 0x7f) ||
    (unit >= 0xa0 && unit < 0x250) ||
    (unit >= 0x2000 && unit < 0x2300) ||
    (unit >= 0x3000 && unit < 0x3040) ||
    (unit >= 0x3400 && unit < 0xa000) ||
    (unit >= 0xd800 && unit < 0xe000) ||
    (unit >= 0xff00 && unit < 0xfff0)
  );
}

/** Whether the complete lines of `first` are UTF-8, or at least those with non-ASCII text mostly are. */
function mostlyUtf8(first: Uint8Array, whole: boolean): boolean {
  // A chunk may end inside a character: judge only up to its last line break.
  const end = whole ? first.length : first.lastIndexOf(0x0a) + 1;
  const complete = end > 0 ? first.subarray(0, end) : first;
  if (isUtf8(complete)) return true;
  let utf8 = 0;
  let other = 0;
  for (let start = 0; start < complete.length;) {
    let stop = complete.indexOf(0x0a, start);
    if (stop < 0) stop = complete.length;
    const line = complete.subarray(start, stop);
    if (!isUtf8(line)) other++;
    else if (line.some((byte) => byte >= 0x80)) utf8++;
    start = stop + 1;
  }
  // On a tie UTF-8 wins: its damaged lines are reported, a misread GB18030 file would be garbled silently.
  return utf8 >= other;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are well-formed UTF-8: the web's TextDecoder, so that no host needs node:buffer. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
