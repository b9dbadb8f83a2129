// How values read in a verdict: 37.5%, 1,009, 是.
import { mul, toNumber, fromInt, type Exact } from '../model/exact.js';
import type { Display } from './measures/index.js';

const HUNDRED = fromInt(100);

export function showValue(value: Exact | boolean, display: Display): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (display === 'percent') return `${round(toNumber(mul(value, HUNDRED)))}%`;
  if (display === 'points') return `${round(toNumber(value))}%`;
  return round(toNumber(value));
}

/** Up to two decimals, never a misleading "100%" for 99.996%. */
function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const text = String(rounded);
  if (rounded !== value && Number.isInteger(rounded)) {
    // 99.996 rounds to 100: show enough digits that it does not look met.
    return value.toPrecision(Math.max(4, Math.ceil(Math.log10(Math.abs(value) + 1)) + 3)).replace(/0+$/, '');
  }
  return text;
}
