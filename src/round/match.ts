// Waivers and a baseline as an index of their own (small) files, and what it makes of each county
// verdict as the verdict is made: so a run never holds its verdicts to apply the round to them.
// The index is plain data, cloned to a worker as is; a RoundMatch on each thread applies it.
import { FAILING } from '../engine/tally.js';
import { monthPeriod } from '../model/tables.js';
import { CHANGES, STATUSES, type Change, type Severity, type Status, type Verdict } from '../model/types.js';
import type { BaselineFinding } from '../baseline/read.js';
import type { Waiver } from '../waivers/load.js';

/** What a waiver may waive: a county verdict that is not met, not judged, or not yet due. */
const WAIVABLE: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid', 'pending']);

const KNOWN: ReadonlySet<string> = new Set(STATUSES);

export interface RoundIndex {
  /** The day waivers are judged at: one holds through its expiry day. */
  asOf: string;
  waivers: readonly Waiver[];
  /** County → rule → the unexpired waivers of that target, as places in `waivers`, in file order. */
  waived: Map<string, Map<string, number[]>>;
  /** County → rule → period (year, or month as year × 12 + month − 1) → whether it passed then; absent without a baseline. */
  before: Map<string, Map<string, Map<number, boolean>>> | undefined;
}

/** What the round made of a lane's county verdicts: plain data, whichever thread it comes from. */
export interface RoundAccount {
  /** The places in the index's `waivers` of those that waived a verdict. */
  used: number[];
  /** Against the baseline; undefined without one. */
  changes: Record<Change, number> | undefined;
  /** Failing county verdicts new against the baseline (what `--fail-on-new` counts), by severity. */
  newFailing: Record<Severity, number>;
}

/** A verdict's period as a number to order by: its month in a monthly table, else its year. */
export function periodKey(verdict: { year: number | null; period?: string | undefined }): number | null {
  return (verdict.period === undefined ? undefined : monthPeriod(verdict.period)) ?? verdict.year;
}

export function roundIndex(
  waivers: readonly Waiver[] | undefined,
  baseline: readonly BaselineFinding[] | undefined,
  asOf: string,
): RoundIndex {
  const waived = new Map<string, Map<string, number[]>>();
  (waivers ?? []).forEach((waiver, i) => {
    if (waiver.expires < asOf) return;
    const places = inner(
      inner(waived, waiver.county, () => new Map<string, number[]>()),
      waiver.rule,
      () => [],
    );
    places.push(i);
  });
  let before: RoundIndex['before'];
  if (baseline) {
    before = new Map();
    for (const old of baseline) {
      // A status this version does not know (a later version's report) is as no verdict at all.
      if (old.scope !== 'county' || old.county === null || old.year === null || !KNOWN.has(old.status)) continue;
      const byPeriod = inner(
        inner(before, old.county, () => new Map<string, Map<number, boolean>>()),
        old.rule,
        () => new Map<number, boolean>(),
      );
      // Two rows of one county-period in the baseline: it passed only if both did.
      const period = periodKey(old)!;
      byPeriod.set(period, (byPeriod.get(period) ?? true) && old.status === 'pass');
    }
  }
  return { asOf, waivers: waivers ?? [], waived, before };
}

function inner<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Applies a round's index to county verdicts and statuses as they are made, and keeps its account. */
export class RoundMatch {
  /** The waiver (its place) and the change of the last status given by `status`. */
  waiver: number | undefined;
  change: Change | undefined;
  private readonly used = new Set<number>();
  private readonly changes: Record<Change, number> | undefined;
  private readonly newFailing: Record<Severity, number> = { error: 0, warning: 0 };

  constructor(private readonly index: RoundIndex) {
    this.changes = index.before
      ? (Object.fromEntries(CHANGES.map((change) => [change, 0])) as Record<Change, number>)
      : undefined;
  }

  /**
   * The status of a county verdict after the round, counted in its account. `month`: the verdict's
   * month (year × 12 + month − 1) in a monthly table, else undefined.
   */
  status(
    rule: string,
    severity: Severity,
    county: string | null,
    year: number | null,
    month: number | undefined,
    status: Status,
  ): Status {
    this.waiver = undefined;
    this.change = undefined;
    const index = this.index;
    if (county !== null && WAIVABLE.has(status)) {
      const places = index.waived.get(county)?.get(rule);
      if (places !== undefined) {
        for (const place of places) {
          const waiver = index.waivers[place]!;
          if (
            (waiver.year === undefined || waiver.year === year) &&
            (waiver.month === undefined || monthPeriod(waiver.month) === month)
          ) {
            this.waiver = place;
            this.used.add(place);
            status = 'waived';
            break;
          }
        }
      }
    }
    if (index.before !== undefined) {
      const period = month ?? year;
      const before =
        county === null || period === null ? undefined : passedBefore(index.before.get(county)?.get(rule), period);
      // Passing is `pass` alone: a pending or waived verdict is never fixed.
      const change: Change =
        status === 'pass' ? (before === false ? 'fixed' : 'same') : before === false ? 'persisting' : 'new';
      this.change = change;
      this.changes![change]++;
      if (change === 'new' && FAILING.has(status)) this.newFailing[severity]++;
    }
    return status;
  }

  /** A verdict with the round applied: county verdicts only; the whole-data-set ones pass as they are. */
  verdict(verdict: Verdict): Verdict {
    if (verdict.scope !== 'county') return verdict;
    const status = this.status(
      verdict.rule,
      verdict.severity,
      verdict.county,
      verdict.year,
      verdict.period === undefined ? undefined : monthPeriod(verdict.period),
      verdict.status,
    );
    const { waiver: place, change } = this;
    if (place === undefined && change === undefined) return verdict;
    const out: Verdict = { ...verdict, status };
    if (place !== undefined) {
      const { reason, approved_by, expires, file, line } = this.index.waivers[place]!;
      out.waiver = { reason, approved_by, expires, file, line, status: verdict.status };
    }
    if (change !== undefined) out.change = change;
    return out;
  }

  account(): RoundAccount {
    return {
      used: [...this.used].sort((a, b) => a - b),
      changes: this.changes && { ...this.changes },
      newFailing: { ...this.newFailing },
    };
  }
}

/** Whether the verdict of the same period, else of the latest earlier one, passed; undefined when there is none. */
function passedBefore(byPeriod: Map<number, boolean> | undefined, period: number): boolean | undefined {
  if (byPeriod === undefined) return undefined;
  const same = byPeriod.get(period);
  if (same !== undefined) return same;
  let latest: number | undefined;
  for (const p of byPeriod.keys()) if (p < period && (latest === undefined || p > latest)) latest = p;
  return latest === undefined ? undefined : byPeriod.get(latest);
}
