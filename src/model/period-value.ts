// Values that change with the period (`value: [{ from: 2022-08, to: 2023-02, value: 3.0% }, { value: 3.5% }]`):
// the first range that holds a row's period gives its value. Bounds are inclusive: a range's
// first and last periods are inside it.
import type { PeriodBound, PeriodValue } from './expr.js';
import { monthPeriod, monthText, type Every } from './tables.js';

/** A bound as a period of a table: a year in a yearly table; in a monthly one, a year's first or last month, or the month. */
export function boundPeriod(bound: PeriodBound, every: Every, end: boolean): number | undefined {
  if (typeof bound === 'number') return every === 'year' ? bound : bound * 12 + (end ? 11 : 0);
  return every === 'month' ? monthPeriod(bound) : undefined;
}

export interface ByPeriod<T> {
  /** The one value, when it does not change with the period. */
  constant: T | undefined;
  /** The value for a period (year, or year × 12 + month − 1), or undefined when no range holds it. */
  at(period: number): T | undefined;
  /** The ranges as written, for messages and listings. */
  ranges: readonly { from: number | undefined; to: number | undefined; value: T }[];
}

export function byPeriod<D, T>(spec: PeriodValue<D>, every: Every, convert: (value: D) => T): ByPeriod<T> {
  if (!Array.isArray(spec)) {
    const value = convert(spec);
    return { constant: value, at: () => value, ranges: [{ from: undefined, to: undefined, value }] };
  }
  const ranges = spec.map((range) => ({
    from: range.from === undefined ? undefined : boundPeriod(range.from, every, false),
    to: range.to === undefined ? undefined : boundPeriod(range.to, every, true),
    value: convert(range.value),
  }));
  return {
    constant: undefined,
    at(period) {
      for (const range of ranges)
        if ((range.from === undefined || period >= range.from) && (range.to === undefined || period <= range.to))
          return range.value;
      return undefined;
    },
    ranges,
  };
}

/** A period as people write it: the year, or the month (`2022-08`). */
export function periodText(period: number, every: Every): string {
  return every === 'year' ? String(period) : monthText(period);
}
