// The physical line where each CSV record starts, kept right across CRLF, LF and CR.

/**
 * csv-parse counts a CRLF inside a quoted cell as two lines, so its count
 * drifts after such a cell. Its count is trusted for one-line records (nearly
 * all of them); a record it says spans several lines is counted from its cells.
 */
export class RecordLines {
  /** The last physical line of the last record seen. */
  last = 0;
  private parserLines = 0;

  /** The start line of the next record, given the parser's line count at its end. */
  next(record: readonly string[], parserLines: number): number {
    const start = this.last + 1;
    this.last = parserLines - this.parserLines <= 1 ? start : start + lineBreaks(record);
    this.parserLines = parserLines;
    return start;
  }
}

function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const cell of record) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}
