// The county-years as a ranking, for the reports a person reads: each row of data with the targets
// it meets of those that apply, and its misses. Read in one pass over the findings, holding only
// the rows that will be shown, so a million rows cost no more than a prefecture's.
import type { ShownVerdict as Verdict } from '../model/types.js';
import { isMiss } from './findings.js';
import { Kept } from './kept.js';
import { PeriodKinds, type PeriodKind } from './period.js';

export interface RowScore {
  county: string | null;
  year: number | null;
  /** The month of a monthly table's row (`2022-03`); absent for a yearly one. */
  period?: string;
  location: Verdict['location'];
  /** Targets met. */
  met: number;
  /** Targets that apply (every verdict but not_applicable). */
  applicable: number;
  /** Misses of error severity: the tie-breaker after the share met. */
  errors: number;
  misses: Verdict[];
  /** Place in the ranking of its year; equal scores share a place; 0 for a row where no target applies (unranked). */
  rank: number;
}

/** What places a row in the ranking. */
export type RowPlace = Pick<RowScore, 'county' | 'year' | 'period' | 'location' | 'met' | 'applicable' | 'errors'>;

export interface Scoreboard {
  /** The best-placed rows, in ranking order, at most the limit asked for. */
  shown: RowScore[];
  /** Every county-year row of the data that is ranked: one where some target applies. */
  rows: number;
  /**
   * Rows where no target applies (every verdict `not_applicable`, 0/0: a subsidy month whose index
   * did not trigger): nothing is judged, so they are not ranked, only counted, yearly or monthly alike.
   */
  unranked: number;
  /** Misses of every row, shown or not. */
  misses: number;
  /** What every row ranked, shown or not, is by (years, months or both): the words for the rows a cut leaves out. */
  periods: PeriodKind;
  /**
   * Whether the rows were too many to show all: then `shown` holds the rows with misses, worst
   * first (`worstFirst`), before those that meet every target, each with its place in the whole
   * ranking of its year (`Places`).
   */
  cut: boolean;
}

/**
 * Ranks the rows: by year, then by the share of applicable targets met (more first), then by
 * fewer misses of error severity, then by more targets met; then by county name, file and line,
 * so the same data always gives the same order. A row where no target applies (0/0: a subsidy
 * month whose index did not trigger) has no place: it comes after every row where some target
 * applies, whatever its year or month, and is left unranked (`placeRows` gives it rank 0); the
 * scoreboard does not list one at all, it counts it (`unranked`).
 */
export function compareScores(a: RowPlace, b: RowPlace): number {
  return (
    unjudged(a) - unjudged(b) ||
    (a.year ?? Infinity) - (b.year ?? Infinity) ||
    compareText(a.period ?? '', b.period ?? '') ||
    compareShare(a, b) ||
    a.errors - b.errors ||
    b.met - a.met ||
    compareText(a.county ?? '\uffff', b.county ?? '\uffff') ||
    compareText(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0)
  );
}

/** Whether two rows share a place: the same year, share, errors and targets met. */
export function tied(a: RowPlace, b: RowPlace): boolean {
  return (
    a.year === b.year && a.period === b.period && compareShare(a, b) === 0 && a.errors === b.errors && a.met === b.met
  );
}

/** 1 for a row where no target applies (it has no place in the ranking), else 0. */
function unjudged(row: Pick<RowPlace, 'applicable'>): number {
  return row.applicable === 0 ? 1 : 0;
}

/** Whether a row has a place in the ranking: some target applies to it. */
export function isRanked(row: Pick<RowPlace, 'applicable'>): boolean {
  return row.applicable > 0;
}

function compareShare(a: RowPlace, b: RowPlace): number {
  if (a.applicable === 0 || b.applicable === 0) return (a.applicable === 0 ? 1 : 0) - (b.applicable === 0 ? 1 : 0);
  // b.met/b.applicable against a.met/a.applicable, without division.
  return b.met * a.applicable - a.met * b.applicable;
}

/**
 * The order of a table cut for length: rows with misses first, the lowest share of targets met
 * first, then more misses of error severity, then more misses; then as `compareScores`. Rows
 * with no miss follow in the ranking's order.
 */
export function worstFirst(a: RowScore, b: RowScore): number {
  const aMisses = a.misses.length > 0;
  const bMisses = b.misses.length > 0;
  if (aMisses !== bMisses) return aMisses ? -1 : 1;
  if (!aMisses) return compareScores(a, b);
  return compareShare(b, a) || b.errors - a.errors || b.misses.length - a.misses.length || compareScores(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A row's score before its verdicts are counted in: that of the county, period and place of its first. */
export function scoreOf(verdict: Verdict): RowScore {
  const row: RowScore = {
    county: verdict.county,
    year: verdict.year,
    location: verdict.location,
    met: 0,
    applicable: 0,
    errors: 0,
    misses: [],
    rank: 0,
  };
  if (verdict.period !== undefined) row.period = verdict.period;
  return row;
}

/** Counts one of a row's verdicts into its score. */
export function countVerdict(row: Pick<RowScore, 'met' | 'applicable' | 'errors' | 'misses'>, verdict: Verdict): void {
  if (verdict.status !== 'not_applicable') row.applicable++;
  if (verdict.status === 'pass') row.met++;
  if (isMiss(verdict)) {
    row.misses.push(verdict);
    if (verdict.severity === 'error') row.errors++;
  }
}

/** The scoreboard of the county verdicts among `findings` (which come a row at a time), its `limit` best rows kept. */
export function scoreboard(findings: Iterable<Verdict>, limit: number): Scoreboard {
  const board = new Board(limit);
  for (const verdict of findings) board.add(verdict);
  return board.end();
}

/** Scoreboards made ahead, by `prepareScoreboard`, for the result they were made of. */
const prepared = new WeakMap<object, Scoreboard>();

/**
 * Makes the scoreboard of a result ahead of its report, awaiting `pause` every few thousand
 * verdicts: a run of millions of verdicts then hears a Ctrl-C while it is made. The report then
 * takes it by `scoreboardOf`.
 */
export async function prepareScoreboard(
  result: object,
  findings: Iterable<Verdict>,
  limit: number,
  pause: () => Promise<void>,
): Promise<void> {
  if (prepared.has(result)) return;
  const board = new Board(limit);
  let count = 0;
  for (const verdict of findings) {
    board.add(verdict);
    if (++count % 4096 === 0) await pause();
  }
  prepared.set(result, board.end());
}

/** The scoreboard made ahead for `result`, else made now. */
export function scoreboardOf(result: object, findings: () => Iterable<Verdict>, limit: number): Scoreboard {
  return prepared.get(result) ?? scoreboard(findings(), limit);
}

/** The scoreboard as the verdicts come, a row at a time. */
class Board {
  private readonly kept: Kept<RowScore>;
  // Should the rows be more than the limit, the worst are what a person needs to see.
  private readonly worst: Kept<RowScore>;
  private rows = 0;
  private unranked = 0;
  private misses = 0;
  private current: RowScore | undefined;
  private currentKey = '';
  private readonly places = new Places();
  private readonly periods = new PeriodKinds();

  constructor(private readonly limit: number) {
    this.kept = new Kept<RowScore>(limit, compareScores);
    this.worst = new Kept<RowScore>(limit, worstFirst);
  }

  /** The last verdict's place: a verdict of the same row shares its location, so its key need not be made again. */
  private last: Verdict | undefined;

  add(verdict: Verdict): void {
    if (verdict.scope !== 'county') return;
    const last = this.last;
    this.last = verdict;
    if (
      !this.current ||
      last === undefined ||
      verdict.location === undefined ||
      verdict.location !== last.location ||
      verdict.county !== last.county ||
      verdict.year !== last.year ||
      verdict.period !== last.period
    ) {
      const key = `${verdict.location?.file ?? ''}\u0000${verdict.location?.line ?? ''}\u0000${verdict.county ?? ''}\u0000${verdict.year ?? ''}${verdict.period ?? ''}`;
      if (!this.current || key !== this.currentKey) {
        this.close();
        this.current = scoreOf(verdict);
        this.currentKey = key;
      }
    }
    countVerdict(this.current, verdict);
  }

  end(): Scoreboard {
    this.close();
    const { rows, unranked, misses } = this;
    const periods = this.periods.kind;
    if (rows > this.limit) {
      const shown = this.worst.inOrder();
      for (const row of shown) row.rank = this.places.rankOf(row);
      return { shown, rows, unranked, misses, periods, cut: true };
    }
    // The shown rows are the first of the whole order, so every row placed before a shown one is shown too.
    const shown = this.kept.inOrder();
    placeRows(shown);
    return { shown, rows, unranked, misses, periods, cut: false };
  }

  private close(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    // Nothing judged, nothing missed: no place to give it.
    if (current.applicable === 0) {
      this.unranked++;
      return;
    }
    this.rows++;
    this.misses += current.misses.length;
    this.kept.offer(current);
    this.worst.offer(current);
    this.places.count(current);
    this.periods.see(current);
  }
}

/** A score, and how many rows of a year have it. */
interface Tally {
  score: RowPlace;
  rows: number;
}

/**
 * How many rows of each year have each score (share met, misses of error severity, targets met):
 * a row's place is one more than the rows of its year with a better score, as `placeRows` gives
 * it, without holding the rows. The scores of a year are few (a handful of targets).
 */
class Places {
  private readonly years = new Map<string, Map<string, Tally>>();

  count(row: RowScore): void {
    const year = `${row.year ?? ''}\u0000${row.period ?? ''}`;
    let scores = this.years.get(year);
    if (scores === undefined) this.years.set(year, (scores = new Map<string, Tally>()));
    const key = `${row.met}/${row.applicable}/${row.errors}`;
    const seen = scores.get(key);
    if (seen) seen.rows++;
    else {
      const { year: y, period, met, applicable, errors } = row;
      const score: RowPlace = { county: null, year: y, location: undefined, met, applicable, errors };
      if (period !== undefined) score.period = period;
      scores.set(key, { score, rows: 1 });
    }
  }

  rankOf(row: RowScore): number {
    let better = 0;
    for (const { score, rows } of this.years.get(`${row.year ?? ''}\u0000${row.period ?? ''}`)?.values() ?? [])
      if (!tied(score, row) && compareScores(score, row) < 0) better += rows;
    return better + 1;
  }
}

/**
 * Gives rows already in `compareScores` order their place within their year; tied rows share one.
 * A row where no target applies gets none (0): they all come last.
 */
export function placeRows(ranked: readonly RowScore[]): void {
  let yearStart = 0;
  for (let i = 0; i < ranked.length; i++) {
    const row = ranked[i]!;
    if (!isRanked(row)) {
      row.rank = 0;
      continue;
    }
    const previous = ranked[i - 1];
    if (previous?.year !== row.year || previous.period !== row.period) yearStart = i;
    row.rank = previous !== undefined && i > yearStart && tied(previous, row) ? previous.rank : i + 1 - yearStart;
  }
}
