// The rows of a table keyed by period alone (the prefecture's price index) that nothing read: no
// row of a table that joins it answered to their period, no row owed was judged by them, no yearly
// count was checked against them. Such a row is no county's and gets no verdict of its own, so it
// is named, one notice per input, never one per row.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { periodOf, tablesOf, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { listOf, say } from '../words/message.js';
import type { CompiledRule } from './compile.js';
import { tableTitle } from './show.js';

/** Ranges listed in the notice at most; the rest are counted in its number of rows. */
const RANGES_LISTED = 10;

/**
 * Runs of lines kept per input at most. Runs are held by period because which periods nothing read
 * is known only after the last row; a file whose rows alternate months line by line makes a run
 * per row, so past this many the input keeps no more runs: its listed lines end with `…` at the
 * line where keeping stopped, while its rows and months are still counted exactly.
 */
export const RUNS_KEPT = 1000;

/**
 * The rows of one input (a file, a workbook's sheet) of a joined table: by period, the line of its
 * first row, the runs of consecutive lines its rows are on (first, last, first, last…) and how many
 * rows. Held by period, not by row: a million rows of a few months cost a few runs, and past
 * RUNS_KEPT runs none are added (`cut`, the line of the first row left out of them).
 */
interface InputRows {
  file: string;
  sheet: string | undefined;
  table: Table;
  periods: Map<number, { first: number; runs: number[]; rows: number }>;
  runs: number;
  cut: number | undefined;
}

export class UnjoinedRows {
  /** The keyless tables rules join, by table index: each with the tables whose rules join it. */
  private readonly joined = new Map<number, { table: Table; by: Map<string, Table> }>();
  /** Per table index of a joining rule's table: the joined table's index and the offset to its period. */
  private readonly joining = new Map<number, { joined: number; offset: number }[]>();
  /** Per joined table index: the periods something read. */
  private readonly used = new Map<number, Set<number>>();
  private readonly inputs: InputRows[] = [];
  private last: InputRows | undefined;

  constructor(rules: readonly CompiledRule[], fields: readonly FieldSpec[]) {
    const tables = tablesOf(fields);
    for (const rule of rules) {
      const join = rule.spec.join;
      const other = join && tables.find((table) => table.id === join.table && table.keyless);
      if (!other) continue;
      let entry = this.joined.get(other.index);
      if (!entry) this.joined.set(other.index, (entry = { table: other, by: new Map() }));
      entry.by.set(rule.table.id, rule.table);
      this.used.set(other.index, new Set());
      const list = this.joining.get(rule.table.index) ?? [];
      list.push({ joined: other.index, offset: join.offset ?? 0 });
      this.joining.set(rule.table.index, list);
    }
  }

  /** Whether any rule joins a table keyed by period alone. */
  get any(): boolean {
    return this.joined.size > 0;
  }

  /** Notes a row: one of a joined table is kept (its line and period), one of a joining table marks the period it reads. */
  see(row: Row): void {
    const period = periodOf(row);
    if (period === null) return;
    const table = row.table ?? 0;
    const joined = this.joined.get(table);
    if (joined) {
      let input = this.last;
      if (input?.file !== row.file || input.sheet !== row.sheet || input.table !== joined.table) {
        input = this.inputs.find((i) => i.file === row.file && i.sheet === row.sheet && i.table === joined.table);
        if (!input) {
          input = {
            file: row.file,
            sheet: row.sheet,
            table: joined.table,
            periods: new Map(),
            runs: 0,
            cut: undefined,
          };
          this.inputs.push(input);
        }
        this.last = input;
      }
      let rows = input.periods.get(period);
      if (!rows) input.periods.set(period, (rows = { first: row.line, runs: [], rows: 0 }));
      rows.rows++;
      if (input.cut !== undefined) return;
      const { runs } = rows;
      if (runs.length > 0 && runs[runs.length - 1] === row.line - 1) runs[runs.length - 1] = row.line;
      else if (input.runs < RUNS_KEPT) {
        runs.push(row.line, row.line);
        input.runs++;
      } else input.cut = row.line;
      return;
    }
    for (const { joined: index, offset } of this.joining.get(table) ?? []) this.used.get(index)!.add(period + offset);
  }

  /** Marks a period of a joined table as read (a row owed judged by it, a yearly count checked against it). */
  use(tableId: string, period: number): void {
    for (const [index, { table }] of this.joined) if (table.id === tableId) this.used.get(index)!.add(period);
  }

  /** The runs of lines kept, over every input: at most RUNS_KEPT per input, however its rows interleave. */
  get runsKept(): number {
    return this.inputs.reduce((sum, input) => sum + input.runs, 0);
  }

  /** After the last row: a notice per input naming its rows nothing read, with their number. */
  problems(): Problem[] {
    const out: Problem[] = [];
    for (const input of this.inputs) {
      const used = this.used.get(input.table.index)!;
      const runs: [number, number][] = [];
      const periods: number[] = [];
      let rows = 0;
      let first = Infinity;
      for (const [period, of] of input.periods) {
        if (used.has(period)) continue;
        periods.push(period);
        rows += of.rows;
        first = Math.min(first, of.first);
        for (let i = 0; i < of.runs.length; i += 2) runs.push([of.runs[i]!, of.runs[i + 1]!]);
      }
      if (rows === 0) continue;
      const every = input.table.every;
      const by = listOf([...this.joined.get(input.table.index)!.by.values()].map(tableTitle));
      // Past the cut the runs kept name every such row before it and none after; with none before
      // it, the first such row (its period's first line, always kept) stands for them.
      const lines = joinRuns(runs.length > 0 ? runs.sort((a, b) => a[0] - b[0]) : [[first, first]]);
      const months = joinRuns(periods.sort((a, b) => a - b).map((period): [number, number] => [period, period]));
      out.push({
        file: input.file,
        ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
        line: first,
        code: 'unjoined-rows',
        level: 'notice',
        rows,
        message: say(
          'unjoinedRows',
          tableTitle(input.table),
          rows,
          by,
          listOf(listed(lines, String, input.cut !== undefined)),
          listOf(listed(months, (period) => periodText(period, every))),
        ),
      });
    }
    return out;
  }
}

/** Runs in order, those that touch (4–8 and 9) made one (4–9). */
function joinRuns(sorted: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Runs as people write them (`4–8`, `13`), at most RANGES_LISTED of them, then `…` if more (or `cut`). */
function listed(runs: readonly [number, number][], text: (n: number) => string, cut = false): string[] {
  const out = runs
    .slice(0, RANGES_LISTED)
    .map(([from, to]) => (from === to ? text(from) : `${text(from)}–${text(to)}`));
  return cut || runs.length > RANGES_LISTED ? [...out, '…'] : out;
}
