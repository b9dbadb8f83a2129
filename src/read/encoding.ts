// Tells a file's encoding from its first bytes, and what a file is when it is not text.
import { isUtf8 } from 'node:buffer';
import { DuibiaoError } from '../errors.js';
import { words } from '../words/words.js';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * `first` is the start of the file, or all of it when `whole`. A file that is
 * mostly UTF-8 stays UTF-8 even with a few lines in another encoding, so that
 * those lines are reported where they are instead of garbling the rest.
 */
export function detectEncoding(first: Buffer, file: string, whole: boolean): { encoding: Encoding; bomLength: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const looks = binaryKind(first);
  if (looks === undefined) return { encoding: mostlyUtf8(first, whole) ? 'utf-8' : 'gb18030', bomLength: 0 };
  const wide = looks === NUL ? utf16WithoutBom(first) : undefined;
  if (wide) return { encoding: wide, bomLength: 0 };
  throw new DuibiaoError('format-error', words().notATable(file, looks === NUL ? words().looksBinary : looks));
}

const NUL = 'binary data (it holds NUL bytes)';

function binaryKind(first: Buffer): string | undefined {
  if (first.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return words().looksZip;
  if (first.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return words().looksXls;
  if (first.subarray(0, 5).toString('latin1') === '%PDF-') return words().looksPdf;
  if (first.includes(0)) return NUL;
  return undefined;
}

/** UTF-16 saved without a byte-order mark: the high byte of every ASCII character is NUL, always on the same side. */
function utf16WithoutBom(first: Buffer): Encoding | undefined {
  const pairs = Math.floor(Math.min(first.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (first[2 * i] === 0) evenNul++;
    if (first[2 * i + 1] === 0) oddNul++;
  }
  if (evenNul === 0 && oddNul >= pairs / 4) return 'utf-16le';
  if (oddNul === 0 && evenNul >= pairs / 4) return 'utf-16be';
  return undefined;
}

/** Whether the complete lines of `first` are UTF-8, or at least those with non-ASCII text mostly are. */
function mostlyUtf8(first: Buffer, whole: boolean): boolean {
  // A chunk may end inside a character: judge only up to its last line break.
  const end = whole ? first.length : first.lastIndexOf(0x0a) + 1;
  const complete = end > 0 ? first.subarray(0, end) : first;
  if (isUtf8(complete)) return true;
  let utf8 = 0;
  let other = 0;
  for (let start = 0; start < complete.length; ) {
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
