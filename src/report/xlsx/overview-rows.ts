// The county-years of a run for the sheet 总览, read in one pass over the findings as they come: one
// compact row each (county, year, place and one byte per target's verdict, in typed arrays), never
// a finding's text, then put in the ranking order of county-rows.ts (ties by arrival, as its
// stable sort keeps them).
import { STATUSES, type RuleInfo, type Status, type ShownVerdict as Verdict } from '../../model/types.js';
import { digestBuilder } from '../county-digest.js';
import { compareScores, type RowPlace } from '../scoreboard.js';

const CODE = new Map(STATUSES.map((status, index) => [status, index]));
/** A target of another table than the row's: no verdict, rather than a missing one. */
const NONE = 255;

export interface OverviewRow {
  county: string | null;
  year: number | null;
  /** The month of a monthly table's row (`2022-03`); absent for a yearly one. */
  period?: string;
  met: number;
  applicable: number;
  /** The verdict of each target, in the order of the rules; undefined for a target of another table. */
  statuses: (Status | undefined)[];
}

/** Every county-year, compactly, to be read back in ranking order. */
export class OverviewRows {
  private count = 0;
  private readonly texts: (string | null)[] = [];
  private readonly textIds = new Map<string | null, number>();
  private county = new Int32Array(1024);
  private file = new Int32Array(1024);
  private line = new Float64Array(1024);
  private year = new Float64Array(1024);
  /** The text id of a monthly row's month; -1 for a yearly row. */
  private period = new Int32Array(1024);
  private met = new Int32Array(1024);
  private applicable = new Int32Array(1024);
  private errors = new Int32Array(1024);
  private statuses: Uint8Array;

  constructor(private readonly rules: readonly Pick<RuleInfo, 'id'>[]) {
    this.statuses = new Uint8Array(1024 * rules.length);
  }

  /** Reads the findings once: the whole-data-set verdicts have no row here. */
  /** The rows of `findings`, awaiting `pause` every few thousand verdicts: a Ctrl-C is heard while they are read. */
  static async read(
    findings: Iterable<Verdict>,
    rules: readonly Pick<RuleInfo, 'id'>[],
    pause: () => Promise<void>,
  ): Promise<OverviewRows> {
    const rows = OverviewRows.builder(rules);
    let count = 0;
    for (const verdict of findings) {
      rows.add(verdict);
      if (++count % 4096 === 0) await pause();
    }
    return rows.end();
  }

  /** The rows of the findings given one at a time, as another pass over them (明细's) reads them. */
  static builder(rules: readonly Pick<RuleInfo, 'id'>[]): { add(verdict: Verdict): void; end(): OverviewRows } {
    const rows = new OverviewRows(rules);
    const digest = digestBuilder({ first: 0, last: 0, worstMissing: 0, firstMet: 0 }, (row) => {
      rows.add(row, (rule) => row.byRule.get(rule)?.status);
    });
    return {
      add: (verdict) => {
        digest.add(verdict);
      },
      end: () => {
        digest.end();
        return rows;
      },
    };
  }

  get size(): number {
    return this.count;
  }

  add(row: RowPlace, statusOf: (rule: string) => Status | undefined): void {
    if (this.count === this.county.length) this.grow();
    const i = this.count++;
    this.county[i] = this.textId(row.county);
    this.file[i] = row.location ? this.textId(row.location.file) : -1;
    this.line[i] = row.location?.line ?? 0;
    this.year[i] = row.year ?? Number.NaN;
    this.period[i] = row.period === undefined ? -1 : this.textId(row.period);
    this.met[i] = row.met;
    this.applicable[i] = row.applicable;
    this.errors[i] = row.errors;
    const at = i * this.rules.length;
    this.rules.forEach((rule, r) => {
      const status = statusOf(rule.id);
      this.statuses[at + r] = status === undefined ? NONE : CODE.get(status)!;
    });
  }

  /** The rows in ranking order, one at a time. */
  *ranked(): Generator<OverviewRow> {
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const a = this.place(0);
    const b = this.place(0);
    order.sort((x, y) => compareScores(this.fill(a, x), this.fill(b, y)) || x - y);
    for (const i of order) {
      const at = i * this.rules.length;
      const statuses = this.rules.map((_, r) => STATUSES[this.statuses[at + r]!]);
      const period = this.periodOf(i);
      yield {
        county: this.texts[this.county[i]!]!,
        year: this.yearOf(i),
        ...(period === undefined ? {} : { period }),
        met: this.met[i]!,
        applicable: this.applicable[i]!,
        statuses,
      };
    }
  }

  private yearOf(i: number): number | null {
    const year = this.year[i]!;
    return Number.isNaN(year) ? null : year;
  }

  private periodOf(i: number): string | undefined {
    const id = this.period[i]!;
    return id < 0 ? undefined : this.texts[id]!;
  }

  private place(i: number): RowPlace {
    return this.fill({ county: null, year: null, location: undefined, met: 0, applicable: 0, errors: 0 }, i);
  }

  /** Sets a scratch row to row `i`'s scores, for the comparison without an object per row. */
  private fill(place: RowPlace, i: number): RowPlace {
    place.county = this.texts[this.county[i]!]!;
    place.year = this.yearOf(i);
    place.period = this.periodOf(i);
    const file = this.file[i]!;
    place.location = file < 0 ? undefined : { file: this.texts[file]!, line: this.line[i]! };
    place.met = this.met[i]!;
    place.applicable = this.applicable[i]!;
    place.errors = this.errors[i]!;
    return place;
  }

  private textId(text: string | null): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.textIds.set(text, id);
    }
    return id;
  }

  private grow(): void {
    const size = this.county.length * 2;
    const bigger = <T extends Int32Array | Float64Array | Uint8Array>(from: T, length: number): T => {
      const to = new (from.constructor as new (n: number) => T)(length);
      to.set(from);
      return to;
    };
    this.county = bigger(this.county, size);
    this.file = bigger(this.file, size);
    this.line = bigger(this.line, size);
    this.year = bigger(this.year, size);
    this.period = bigger(this.period, size);
    this.met = bigger(this.met, size);
    this.applicable = bigger(this.applicable, size);
    this.errors = bigger(this.errors, size);
    this.statuses = bigger(this.statuses, size * this.rules.length);
  }
}
