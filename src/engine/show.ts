// How values read in a verdict: 37.5%, 1009, 是.
import type { Display } from '../measures/index.js';
import { relation, type Op } from './target.js';
import { words } from '../words/words.js';

export function showValue(value: number | boolean, display: Display, digits = 2): string {
  if (typeof value === 'boolean') return value ? words().yes : words().no;
  if (display === 'percent') return `${round(value * 100, digits)}%`;
  if (display === 'points') return `${round(value, digits)}%`;
  return round(value, digits);
}

function round(value: number, digits: number): string {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
}

/** "37.5% < 40%": with more digits where rounding would make a miss look like the target (99.996% ≠ 100%). */
export function showComparison(
  actual: number | boolean,
  goal: number | boolean,
  display: Display,
  op: Op,
  met: boolean,
  target = showValue(goal, display),
): string {
  let shown = showValue(actual, display);
  for (let digits = 3; !met && shown === target && digits <= 12; digits++) shown = showValue(actual, display, digits);
  return `${shown} ${relation(op, met)} ${target}`;
}

/** "仅适用于 2021–2025 年": the years a rule applies to, said of a row outside them. */
export function onlyIn(years: { from: number; to: number }): string {
  return words().onlyInYears(years.from, years.to);
}
