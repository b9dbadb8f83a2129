// The short path of number cells: plain ASCII digits, read in the pass that checks them.
import { MAX_SCALE, POW10 } from '../model/num.js';

/**
 * The value of ASCII digits with, where allowed, one point and a leading minus: at most 15 digits
 * and 9 after the point, read in the same pass that checks them. Digits make an exact integer and
 * one division by a power of ten rounds correctly, so the double stands for exactly this decimal.
 * NaN for anything else, which then takes the general path.
 */
export function plainNumber(raw: string, decimals: boolean, signed: boolean): number {
  const length = raw.length;
  const negative = signed && length > 1 && raw.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  if (length === i || length - i > 16) return NaN;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 && decimals && point < 0 && digits > 0 && i < length - 1) {
      point = i;
    } else {
      return NaN;
    }
  }
  if (digits > 15) return NaN;
  const scale = point < 0 ? 0 : length - point - 1;
  if (scale > MAX_SCALE) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return negative ? -value : value;
}
