// The tables keyed by period alone (a price index for the prefecture), read before the rest: a rule
// that joins one (`join:`) judges another table's rows with that table's row for a period, and the
// files come in any order. Each file's table is told by its header; a file of another table is left
// at its first rows, so a check whose files hold no such table reads little more than their heads.
import type { JoinedRows } from '../engine/join.js';
import { periodOf, tablesOf } from '../model/tables.js';
import type { Cell, FieldSpec, InputInfo, Row } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { readFiles, type TableSink } from '../read/files.js';
import type { InputHost } from '../read/input-bytes.js';
import { uncounted } from '../read/read-meter.js';
import { readerNamed, readerOf } from '../read/readers.js';
import { TableRecords, type RecordBatch } from '../read/records.js';

/** The joined tables' rows as plain data, so that they are cloned to a worker as is: table id → [period, cells]. */
export type JoinedData = [string, [number, Cell[]][]][];

/** Stops reading a file of a table no rule joins. */
class OtherTable extends Error {}

/** The rows of each table a rule joins, by period; the first row of a period is the one lent (later ones are reported as duplicates by the run). */
export async function readJoined(
  files: readonly string[],
  fields: readonly FieldSpec[],
  rules: readonly RuleSpec[],
  sheets: readonly string[],
  host: InputHost,
): Promise<JoinedData | undefined> {
  const ids = new Set(rules.flatMap((rule) => (rule.join ? [rule.join.table] : [])));
  if (ids.size === 0) return undefined;
  const tables = tablesOf(fields).filter((table) => ids.has(table.id) && table.keyless);
  const byIndex = new Map(tables.map((table) => [table.index, new Map<number, Cell[]>()]));
  for (const file of files) {
    const sink = new JoinSink(file, fields, byIndex);
    try {
      // Not the data's reading: the progress line's share is of that alone.
      await uncounted(() => readFiles([file], fields, sheets, sink, host));
    } catch (error) {
      if (!(error instanceof OtherTable)) throw error;
    }
  }
  return tables.map((table) => [table.id, [...byIndex.get(table.index)!.entries()]]);
}

/** A file's rows kept when they are of a joined table; its problems are the main reading's to report. */
class JoinSink implements TableSink {
  private reader: TableRecords | undefined;

  constructor(
    private readonly file: string,
    private readonly fields: readonly FieldSpec[],
    private readonly byIndex: Map<number, Map<number, Cell[]>>,
  ) {}

  startFile(_fileIndex: number, sheet?: { format: InputInfo['format']; sheet: string }): void {
    const reader = sheet ? readerNamed(sheet.format) : readerOf(this.file);
    this.reader = !reader.records
      ? undefined
      : new TableRecords(this.file, this.fields, () => undefined, { sheet: sheet?.sheet, name: this.file });
  }

  opened(): void {}

  records(batch: RecordBatch): void {
    this.take(this.reader!.batch(batch));
  }

  rows(rows: Row[]): void {
    this.take(rows);
  }

  endFile(): void {
    if (this.reader) this.take(this.reader.finish());
    this.reader = undefined;
  }

  problem(): void {}

  private take(rows: readonly Row[]): void {
    for (const row of rows) {
      const kept = this.byIndex.get(row.table ?? 0);
      // A sheet of another table ends the file's reading; a workbook's joined table is best given a file of its own.
      if (!kept) throw new OtherTable();
      const period = periodOf(row);
      if (period !== null && !kept.has(period)) kept.set(period, row.cells);
    }
  }
}

/** The joined rows as the engine reads them. */
export function joinedRows(data: JoinedData | undefined): JoinedRows | undefined {
  return data && new Map(data.map(([id, rows]) => [id, new Map(rows)]));
}
