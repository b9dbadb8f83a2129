// The lines of a table that are recognisably not data, set aside as the records come and named
// once the file ends: 合计/小计 rows (each checked, column by column, against the rows it covers)
// and the 填表人/审核人 footer.
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { AggregateCheck } from './aggregate.js';
import { aggregateKind, firstText, lineList, quoted } from './layout.js';
import { words } from '../words/words.js';

/** A line set aside, and what it said. */
export interface SetAside {
  line: number;
  text: string;
}

export class SetAsideLines {
  private readonly aggregates: AggregateCheck;
  private readonly footers: SetAside[] = [];
  private readonly totals: SetAside[] = [];
  private readonly unchecked: string[] = [];

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
   * before it and set aside; any other is counted into the sums it will be checked against.
   */
  aggregate(row: Row, record: readonly string[], countyText: string, fieldOf: readonly number[]): boolean {
    const text = countyText.trim() === '' ? firstText(record) : countyText;
    const kind = aggregateKind(text);
    if (kind === undefined) {
      this.aggregates.add(row);
      return false;
    }
    const w = words();
    this.totals.push({ line: row.line, text });
    const outcome = this.aggregates.check(row, kind, fieldOf, this.problems);
    if (outcome.skipped) this.unchecked.push(w.totalSkipped(row.line, outcome.skipped));
    else if (outcome.unchecked.length > 0) this.unchecked.push(w.totalColumnsUnchecked(row.line, outcome.unchecked.slice(0, 4).join(w.listJoin), outcome.unchecked.length > 4 ? outcome.unchecked.length : 0));
    return true;
  }

  /** Names the lines set aside: one notice for the aggregate rows, one for the footer. */
  report(): void {
    const { file, problems, totals, footers } = this;
    const w = words();
    if (totals.length > 0) {
      const names = [...new Set(totals.map((total) => total.text.trim()))].slice(0, 4).map(quoted).join(w.listJoin);
      const unchecked = this.unchecked.length > 0 ? w.totalsUnchecked(`${this.unchecked.slice(0, 4).join(w.clauseJoin)}${this.unchecked.length > 4 ? ' …' : ''}`) : '';
      problems({ file, line: totals[0]!.line, column: 'county', code: 'total-row', level: 'notice', message: w.totalRows(lineList(totals.map((t) => t.line)), names, unchecked) });
    }
    if (footers.length > 0) {
      const texts = footers.slice(0, 3).map((footer) => quoted(footer.text)).join(w.listJoin);
      problems({ file, line: footers[0]!.line, code: 'footer-rows', level: 'notice', message: w.footerRows(lineList(footers.map((f) => f.line)), `${texts}${footers.length > 3 ? ' …' : ''}`) });
    }
  }
}
