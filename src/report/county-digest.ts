// The county-years of a run as the reports for people that show whole rows need them (the html
// bulletin), read in one pass over the findings as they come, a row at a time: the counts, the
// first and last rows of the ranking, the worst rows with misses and the first that miss nothing,
// each list bounded, so a national file costs no more memory than a prefecture's. The same rows,
// places and order as countyRows (county-rows.ts), which sorts them all in memory.
import type { ShownVerdict as Verdict } from '../model/types.js';
import { rowKey, sortMisses, type CountyRow } from './county-rows.js';
import { Kept } from './kept.js';
import { compareScores, countVerdict, tied, type RowPlace } from './scoreboard.js';

export interface DigestLimits {
  /** Rows kept from the top of the ranking. */
  first: number;
  /** Rows kept from its bottom. */
  last: number;
  /** Rows with a miss kept from the bottom of the ranking. */
  worstMissing: number;
  /** Rows without a miss kept from the top. */
  firstMet: number;
}

export interface CountyDigest {
  /** County-year rows in all. */
  rows: number;
  /** Rows with no miss. */
  allMet: number;
  /** Rows with at least one miss. */
  withMisses: number;
  /** The periods of the rows: years, or months (`2022-03`) of a monthly table. */
  years: ReadonlySet<number | string | null>;
  /** The first rows of the ranking, in order, ranked. */
  first: CountyRow[];
  /** The last rows of the ranking, in order, ranked; they may overlap `first` in a small run. */
  last: CountyRow[];
  /** The last rows that miss a target, in ranking order. */
  worstMissing: CountyRow[];
  /** The first rows that miss none, in ranking order. */
  firstMet: CountyRow[];
  /** The whole-data-set verdicts, in the order they came. */
  totals: Verdict[];
}

/** A row with the place it came in, which orders rows otherwise equal as the sort in memory does. */
export interface ArrivedRow extends CountyRow {
  arrival: number;
}

/** The ranking's order of two rows, ties by arrival: a total order. */
export function rankingOrder(a: RowPlace & { arrival: number }, b: RowPlace & { arrival: number }): number {
  return compareScores(a, b) || a.arrival - b.arrival;
}

/** Reads the findings once; `each` sees every county row once it is whole. */
export function countyDigest(
  findings: Iterable<Verdict>,
  limits: DigestLimits,
  each?: (row: ArrivedRow) => void,
): CountyDigest {
  const digest = digestBuilder(limits, each);
  for (const verdict of findings) digest.add(verdict);
  return digest.end();
}

/** The digest as the verdicts come, one at a time: for a pass that pauses now and then (a Ctrl-C heard). */
export function digestBuilder(
  limits: DigestLimits,
  each?: (row: ArrivedRow) => void,
): { add(verdict: Verdict): void; end(): CountyDigest } {
  const first = new Kept<ArrivedRow>(limits.first, rankingOrder);
  const last = new Kept<ArrivedRow>(limits.last, (a, b) => rankingOrder(b, a));
  const worstMissing = new Kept<ArrivedRow>(limits.worstMissing, (a, b) => rankingOrder(b, a));
  const firstMet = new Kept<ArrivedRow>(limits.firstMet, rankingOrder);
  const places = new Places();
  const years = new Set<number | string | null>();
  const totals: Verdict[] = [];
  let rows = 0;
  let allMet = 0;
  let current: ArrivedRow | undefined;
  /** The last county verdict: a verdict of the same row shares its location, so its key need not be made again. */
  let lastVerdict: Verdict | undefined;
  const close = (): void => {
    if (!current) return;
    const row = current;
    current = undefined;
    sortMisses(row);
    rows++;
    years.add(row.period ?? row.year);
    places.add(row);
    first.offer(row);
    last.offer(row);
    if (row.misses.length > 0) worstMissing.offer(row);
    else {
      allMet++;
      firstMet.offer(row);
    }
    each?.(row);
  };
  const add = (verdict: Verdict): void => {
    if (verdict.scope !== 'county') {
      totals.push(verdict);
      return;
    }
    const before = lastVerdict;
    lastVerdict = verdict;
    const same =
      current !== undefined &&
      before !== undefined &&
      verdict.location !== undefined &&
      verdict.location === before.location &&
      verdict.county === before.county &&
      verdict.year === before.year &&
      verdict.period === before.period;
    if (!same) {
      const key = rowKey(verdict);
      if (current?.key !== key) {
        close();
        current = arrivedRow(verdict, key, rows);
      }
    }
    current!.byRule.set(verdict.rule, verdict);
    countVerdict(current!, verdict);
  };
  const end = (): CountyDigest => {
    close();
    const shown = { first: first.inOrder(), last: last.inOrder().reverse() };
    for (const row of [...shown.first, ...shown.last]) row.rank = places.rankOf(row);
    return {
      rows,
      allMet,
      withMisses: rows - allMet,
      years,
      ...shown,
      worstMissing: worstMissing.inOrder().reverse(),
      firstMet: firstMet.inOrder(),
      totals,
    };
  };
  return { add, end };
}

/** A row as `scoreOf` begins it, with its key and arrival: made directly, as a row is begun a hundred thousand times. */
function arrivedRow(verdict: Verdict, key: string, arrival: number): ArrivedRow {
  const row: ArrivedRow = {
    county: verdict.county,
    year: verdict.year,
    location: verdict.location,
    met: 0,
    applicable: 0,
    errors: 0,
    misses: [],
    rank: 0,
    key,
    byRule: new Map(),
    arrival,
  };
  if (verdict.period !== undefined) row.period = verdict.period;
  return row;
}

/**
 * How many rows hold each place-deciding score (year, share met, errors, targets met), so that a
 * row's place in its year is known without the rows before it: one more than the rows of its year
 * that score better. The scores are few (a year's rows share at most (rules + 1)³ of them), not
 * one per row.
 */
class Places {
  private readonly scores = new Map<string, RowPlace & { count: number }>();

  add(row: RowPlace): void {
    // Rows that tie have equal years, errors and targets met, and equal shares: equal applicable
    // targets, except that a row meeting none ties with any other meeting none (but not with one
    // where none applies).
    const applicable = row.met > 0 ? row.applicable : row.applicable > 0 ? -1 : 0;
    const key = `${row.year}\u0000${row.period ?? ''}\u0000${row.met}\u0000${applicable}\u0000${row.errors}`;
    const score = this.scores.get(key);
    if (score) score.count++;
    else
      this.scores.set(key, {
        county: null,
        year: row.year,
        ...(row.period === undefined ? {} : { period: row.period }),
        location: undefined,
        met: row.met,
        applicable: row.applicable,
        errors: row.errors,
        count: 1,
      });
  }

  rankOf(row: RowPlace): number {
    let better = 0;
    for (const score of this.scores.values()) {
      if (score.year === row.year && score.period === row.period && !tied(score, row) && compareScores(score, row) < 0)
        better += score.count;
    }
    return better + 1;
  }
}
