// The rows a county owes a rule that joins a table keyed by period alone: for each period the
// joined table's condition holds, each county (with a roster, each listed one) that sent no row
// for it is missing for it.
import type { Cell, FieldSpec, Row, Verdict } from '../model/types.js';
import { monthText, periodOf, tableNamed, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { joined, say } from '../words/message.js';
import type { CompiledRule } from './compile.js';
import type { JoinedRows } from './join.js';
import { tableTitle } from './show.js';

/**
 * The rows a rule that joins a series owes: for each period of the series whose row makes the
 * rule's condition hold (a triggered index month), a row of the rule's table for the period it
 * answers to (the month paid), from each county that sent any row of that table and each county
 * of the roster. A county with no such row is `missing` for that period, as the speech asks every
 * county to pay: a county that never noticed the trigger is not passed by sending nothing.
 */
export class OwedRows {
  /** Per rule that joins a series: the counties seen in its table, each with the periods it sent. */
  private readonly sent = new Map<number, Map<string, Set<number>>>();
  private readonly owing: { index: number; rule: CompiledRule; other: Table; offset: number }[];

  constructor(
    rules: readonly CompiledRule[],
    private readonly fields: readonly FieldSpec[],
    private readonly joined: JoinedRows | undefined,
    /** With a roster, its counties: each owes its rows whether or not it sent any. */
    private readonly listed: readonly string[] = [],
  ) {
    this.owing = rules.flatMap((rule, index) => {
      const join = rule.spec.join;
      if (join === undefined || rule.spec.when === undefined) return [];
      this.sent.set(rule.table.index, new Map());
      return [{ index, rule, other: tableNamed(fields, join.table), offset: join.offset ?? 0 }];
    });
  }

  /** Whether any rule owes rows: none when no rule joins a series with a condition. */
  get any(): boolean {
    return this.owing.length > 0;
  }

  /** Notes a row's county and period, when its table is one a joining rule judges. */
  see(row: Row): void {
    const sent = this.sent.get(row.table ?? 0);
    const period = periodOf(row);
    if (sent === undefined || row.county === null || period === null) return;
    let periods = sent.get(row.county);
    if (periods === undefined) sent.set(row.county, (periods = new Set()));
    periods.add(period);
  }

  /** After the last row: a `missing` verdict for each row owed and not sent, by rule, period and county. */
  verdicts(read?: (table: string, period: number) => void): { index: number; verdict: Verdict }[] {
    const out: { index: number; verdict: Verdict }[] = [];
    for (const { index, rule, other, offset } of this.owing) {
      const series = this.joined?.get(other.id);
      if (series === undefined) continue;
      const sent = this.sent.get(rule.table.index)!;
      const counties = [...new Set([...sent.keys(), ...this.listed])];
      const own = other.fields.flatMap((field) => (field.periods ? [] : [this.fields.indexOf(field)]));
      const monthly = rule.table.every === 'month';
      for (const at of [...series.keys()].sort((a, b) => a - b)) {
        // The period of the rule's table that the series' period answers to: the month paid.
        const period = at - offset;
        const cells = new Array<Cell>(this.fields.length);
        for (const column of own) cells[column] = series.get(at)![column];
        const row: Row = {
          file: '',
          line: 0,
          county: null,
          year: monthly ? Math.floor(period / 12) : period,
          reportDate: null,
          ...(rule.table.index > 0 ? { table: rule.table.index } : {}),
          ...(monthly ? { period } : {}),
          cells,
        };
        const held = rule.holds(row);
        if (held === undefined) continue;
        const shown = periodText(period, rule.table.every);
        for (const county of counties) {
          if (sent.get(county)?.has(period) === true) continue;
          read?.(other.id, at);
          const verdict: Verdict = {
            rule: rule.spec.id,
            severity: rule.spec.severity,
            status: 'missing',
            scope: 'county',
            county,
            year: row.year,
            ...(monthly ? { period: monthText(period) } : {}),
            actual: null,
            target: null,
            comparison: null,
            detail: null,
            message: joined(say('owedRowAbsent', tableTitle(rule.table), shown), held),
          };
          out.push({ index, verdict });
        }
      }
    }
    return out;
  }
}
