// The lines of a table that are recognisably not data, set aside as the records come and named
// once the file ends: 合计/小计 rows (each checked, column by column, against the rows it covers),
// the 其中 rows that break a county down, and the 填表人/审核人 footer.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { AggregateCheck, type CheckedAggregate } from './aggregate.js';
import { aggregateKind, firstText, lineList, quoted } from './layout.js';
import { clausesOf, joined, listOf, say, type Text } from '../words/message.js';

/** A line set aside, and what it said. */
export interface SetAside {
  line: number;
  text: string;
}

export class SetAsideLines {
  private readonly aggregates: AggregateCheck;
  private readonly footers: SetAside[] = [];
  private readonly totals: SetAside[] = [];
  private readonly breakdowns: SetAside[] = [];
  /** Per aggregate row compared, what could not be: its line and the words for it. */
  private readonly unchecked: { line: number; text: Text }[] = [];

  constructor(
    fields: readonly FieldSpec[],
    private readonly file: string,
    private readonly problems: (p: Problem) => void,
  ) {
    this.aggregates = new AggregateCheck(fields);
  }

  footer(record: readonly string[], line: number): void {
    this.footers.push({ line, text: firstText(record) });
  }

  /**
   * Whether the row is a 合计 or 小计 (named in the county column, or in the first when that is
   * blank: 合计 often stands over 序号 and 县市区 merged). Such a row is checked against the rows
   * it covers, above or below it, and set aside; any other is counted into the sums it will be
   * checked against.
   */
  aggregate(row: Row, record: readonly string[], countyText: string, fieldOf: readonly number[]): boolean {
    const text = countyText.trim() === '' ? firstText(record) : countyText;
    const kind = aggregateKind(text);
    if (kind === undefined) {
      this.aggregates.add(row);
      return false;
    }
    this.totals.push({ line: row.line, text });
    this.noteChecked(this.aggregates.take(row, kind, fieldOf, this.problems));
    return true;
  }

  /** A 其中 row, a breakdown of the row above: set aside, in no sum. */
  breakdown(line: number, text: string): void {
    this.breakdowns.push({ line, text: text.trim() });
  }

  private noteChecked(checked: readonly CheckedAggregate[]): void {
    for (const { line, outcome } of checked) {
      if (outcome.skipped) this.unchecked.push({ line, text: say('totalSkipped', line, outcome.skipped) });
      else if (outcome.unchecked.length > 0)
        this.unchecked.push({
          line,
          text: say(
            'totalColumnsUnchecked',
            line,
            listOf(outcome.unchecked.slice(0, 4)),
            outcome.unchecked.length > 4 ? outcome.unchecked.length : 0,
          ),
        });
    }
  }

  /**
   * Names the lines set aside: one notice for the aggregate rows, once those standing above their
   * rows are compared, one for the 其中 rows, one for the footer.
   */
  report(): void {
    this.noteChecked(this.aggregates.finish(this.problems));
    const { file, problems, totals, breakdowns, footers } = this;
    if (totals.length > 0) {
      const names = listOf([...new Set(totals.map((total) => total.text.trim()))].slice(0, 4).map(quoted));
      const notes = [...this.unchecked].sort((a, b) => a.line - b.line).map((note) => note.text);
      const unchecked =
        notes.length > 0
          ? say('totalsUnchecked', joined(clausesOf(notes.slice(0, 4)), notes.length > 4 ? ' …' : ''))
          : '';
      problems({
        file,
        line: totals[0]!.line,
        column: 'county',
        code: 'total-row',
        level: 'notice',
        message: say('totalRows', lineList(totals.map((t) => t.line)), names, unchecked),
      });
    }
    if (breakdowns.length > 0) {
      const names = listOf([...new Set(breakdowns.map((row) => row.text))].slice(0, 4).map(quoted));
      problems({
        file,
        line: breakdowns[0]!.line,
        column: 'county',
        code: 'breakdown-rows',
        level: 'notice',
        message: say(
          'breakdownRows',
          lineList(breakdowns.map((b) => b.line)),
          joined(names, new Set(breakdowns.map((row) => row.text)).size > 4 ? ' …' : ''),
        ),
      });
    }
    if (footers.length > 0) {
      const texts = listOf(footers.slice(0, 3).map((footer) => quoted(footer.text)));
      problems({
        file,
        line: footers[0]!.line,
        code: 'footer-rows',
        level: 'notice',
        message: say('footerRows', lineList(footers.map((f) => f.line)), joined(texts, footers.length > 3 ? ' …' : '')),
      });
    }
  }
}
