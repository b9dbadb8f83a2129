// The county-years of a run as the reports for people that show whole rows need them (the html
// bulletin), read in one pass over the findings as they come, a row at a time: the counts, the
// first and last rows of the ranking, the worst rows with misses and the first that miss nothing,
// each list bounded, so a national file costs no more memory than a prefecture's. The same rows,
// places and order as countyRows (county-rows.ts), which sorts them all in memory.
import type { Status, ShownVerdict as Verdict } from '../model/types.js';
import { rowKey, sortMisses } from './county-rows.js';
import { Kept } from './kept.js';
import { compareScores, countVerdict, isRanked, tied, type RowPlace, type RowScore } from './scoreboard.js';

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
  /** The first rows of the ranking, in order, ranked (rank 0: no target applies, unranked, after every ranked row). */
  first: DigestRow[];
  /** The last rows of the ranking, in order, ranked; they may overlap `first` in a small run. */
  last: DigestRow[];
  /** The last rows that miss a target, in ranking order. */
  worstMissing: DigestRow[];
  /** The first rows that miss none, in ranking order. */
  firstMet: DigestRow[];
  /** The whole-data-set verdicts, in the order they came. */
  totals: Verdict[];
}

/**
 * A row as the digest keeps it: its score, its misses (whole, for the cards), and each target's
 * status (the matrix's marks), not its verdicts: a row kept for a while, as the first rows of a
 * run all are, would keep every verdict and its words alive past the young generation, and V8
 * would then make every verdict of the run in the old one (allocation-site pretenuring).
 */
export interface DigestRow extends RowScore {
  /** "file:line" of the row, or its county and year when it has no location. */
  key: string;
  /** The place it came in, which orders rows otherwise equal as the sort in memory does. */
  arrival: number;
  /** Each target's status, for a row some list keeps; empty for one none keeps. */
  statuses: ReadonlyMap<string, Status>;
}

/** A row's verdicts by rule, as a pass reads them while the row is read: a Map, or the digest's own list. */
export interface RuleVerdicts {
  get(rule: string): Verdict | undefined;
  forEach(each: (verdict: Verdict, rule: string) => void): void;
}

/** A row as it arrives: with its verdicts by rule, read only while `each` sees it (the list is reused for the next row). */
export interface ArrivedRow extends DigestRow {
  byRule: RuleVerdicts;
}

/**
 * The verdicts of the row being read, by rule, in the order they came: one list for every row of
 * the run, emptied without making anything, where a Map made a table and grew it for each row.
 */
class RowVerdicts implements RuleVerdicts {
  private readonly rules: string[] = [];
  private readonly verdicts: Verdict[] = [];
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  set(rule: string, verdict: Verdict): void {
    for (let i = 0; i < this.size; i++)
      if (this.rules[i] === rule) {
        this.verdicts[i] = verdict;
        return;
      }
    this.rules[this.size] = rule;
    this.verdicts[this.size++] = verdict;
  }

  get(rule: string): Verdict | undefined {
    for (let i = 0; i < this.size; i++) if (this.rules[i] === rule) return this.verdicts[i];
    return undefined;
  }

  forEach(each: (verdict: Verdict, rule: string) => void): void {
    for (let i = 0; i < this.size; i++) each(this.verdicts[i]!, this.rules[i]!);
  }
}

const NO_STATUSES: ReadonlyMap<string, Status> = new Map();

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
  /** The verdicts of the row being read, by rule: one map for every row. */
  const byRule = new RowVerdicts();
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
    // Each list is offered the row, whether or not another keeps it.
    let kept = first.offer(row);
    kept = last.offer(row) || kept;
    if (row.misses.length > 0) kept = worstMissing.offer(row) || kept;
    else {
      allMet++;
      kept = firstMet.offer(row) || kept;
    }
    each?.(row);
    if (kept) row.statuses = statusesOf(byRule);
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
        byRule.clear();
        current = arrivedRow(verdict, key, rows, byRule);
      }
    }
    byRule.set(verdict.rule, verdict);
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
function arrivedRow(verdict: Verdict, key: string, arrival: number, byRule: RowVerdicts): ArrivedRow {
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
    byRule,
    statuses: NO_STATUSES,
    arrival,
  };
  if (verdict.period !== undefined) row.period = verdict.period;
  return row;
}

function statusesOf(byRule: RuleVerdicts): Map<string, Status> {
  const statuses = new Map<string, Status>();
  byRule.forEach((verdict, rule) => statuses.set(rule, verdict.status));
  return statuses;
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
    if (!isRanked(row)) return 0;
    let better = 0;
    for (const score of this.scores.values()) {
      if (score.year === row.year && score.period === row.period && !tied(score, row) && compareScores(score, row) < 0)
        better += score.count;
    }
    return better + 1;
  }
}
