// The rows of a table keyed by period alone (the prefecture's price index) that nothing read: no
// row of a table that joins it answered to their period, no row owed was judged by them, no yearly
// count was checked against them. Such a row is no county's and gets no verdict of its own, so it
// is named, one notice per input, never one per row.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { periodOf, tablesOf, type Table } from '../model/tables.js';
import { periodText } from '../model/period-value.js';
import { listOf, say } from '../words/message.js';
import type { CompiledRule } from './compile.js';

/** Ranges listed in the notice at most; the rest are counted in its number of rows. */
const RANGES_LISTED = 10;

/** The rows of one input (a file, a workbook's sheet) of a joined table: each one's line and period. */
interface InputRows {
  file: string;
  sheet: string | undefined;
  table: Table;
  lines: number[];
  periods: number[];
}

export class UnjoinedRows {
  /** The keyless tables rules join, by table index: each with the ids of the tables whose rules join it. */
  private readonly joined = new Map<number, { table: Table; by: Set<string> }>();
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
      if (!entry) this.joined.set(other.index, (entry = { table: other, by: new Set() }));
      entry.by.add(rule.table.id);
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
          input = { file: row.file, sheet: row.sheet, table: joined.table, lines: [], periods: [] };
          this.inputs.push(input);
        }
        this.last = input;
      }
      input.lines.push(row.line);
      input.periods.push(period);
      return;
    }
    for (const { joined: index, offset } of this.joining.get(table) ?? []) this.used.get(index)!.add(period + offset);
  }

  /** Marks a period of a joined table as read (a row owed judged by it, a yearly count checked against it). */
  use(tableId: string, period: number): void {
    for (const [index, { table }] of this.joined) if (table.id === tableId) this.used.get(index)!.add(period);
  }

  /** After the last row: a notice per input naming its rows nothing read, with their number. */
  problems(): Problem[] {
    const out: Problem[] = [];
    for (const input of this.inputs) {
      const used = this.used.get(input.table.index)!;
      const lines: number[] = [];
      const periods = new Set<number>();
      for (let i = 0; i < input.lines.length; i++) {
        if (used.has(input.periods[i]!)) continue;
        lines.push(input.lines[i]!);
        periods.add(input.periods[i]!);
      }
      if (lines.length === 0) continue;
      const every = input.table.every;
      const by = listOf([...this.joined.get(input.table.index)!.by]);
      out.push({
        file: input.file,
        ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
        line: lines[0]!,
        code: 'unjoined-rows',
        level: 'notice',
        rows: lines.length,
        message: say(
          'unjoinedRows',
          input.table.id,
          lines.length,
          by,
          listOf(ranges(lines, String)),
          listOf(
            ranges(
              [...periods].sort((a, b) => a - b),
              (period) => periodText(period, every),
            ),
          ),
        ),
      });
    }
    return out;
  }
}

/** Consecutive numbers as ranges (`4–8`), at most RANGES_LISTED of them, then `…`. */
function ranges(sorted: readonly number[], text: (n: number) => string): string[] {
  const out: string[] = [];
  let start = sorted[0]!;
  let end = start;
  const close = (): void => {
    out.push(start === end ? text(start) : `${text(start)}–${text(end)}`);
  };
  for (const n of sorted.slice(1)) {
    if (n === end + 1) {
      end = n;
      continue;
    }
    close();
    if (out.length === RANGES_LISTED) return [...out, '…'];
    start = end = n;
  }
  close();
  return out;
}
