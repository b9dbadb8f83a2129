// The per-row pipeline of a check, once: an input's records become rows (src/read/records.ts),
// the data set keys them (src/read/dataset.ts), the checker judges or counts them, and the rows
// go on to whoever makes their findings elsewhere.
import type { Checker } from '../engine/checker.js';
import type { StatusCounts } from '../engine/tally.js';
import type { InputInfo, Problem, ProblemCounts, Row, Severity, Verdict } from '../model/types.js';
import { DatasetRows } from '../read/dataset.js';
import type { Encoding } from '../read/encoding.js';
import type { TableSink } from '../read/files.js';
import { TableRecords, type RecordBatch } from '../read/records.js';
import { readerNamed } from '../read/readers.js';
import { locatedIn } from '../read/sheet-location.js';
import type { ProblemLog } from './problem-log.js';
import { RoundMatch, type RoundAccount } from '../round/match.js';
import { checkerOf, type RunSetup } from './setup.js';
import { CountyByCode } from '../roster/by-code.js';

/** What a lane is made from, as plain data: so it is cloned to a worker as is. */
export interface LaneSetup {
  run: RunSetup;
  files: readonly string[];
  /** Every verdict kept (`judge`), or only counted (`count`). */
  stage: 'judge' | 'count';
}

/** Where a lane's problems go: a run's ProblemLog, or any holder of them that counts them alike. */
export type LaneProblems = Pick<ProblemLog, 'add' | 'held' | 'counts' | 'count'>;

/** What happens beside the lane on the thread it runs on. */
export interface LaneHooks {
  /**
   * Receives every batch of rows once keyed and counted: their findings are made elsewhere, or the
   * round sees them. A promise returned holds the reading back until it settles (a queue at its bound).
   */
  onRows?: ((rows: readonly Row[]) => unknown) | undefined;
  /** The rows checked so far, after each batch. */
  onProgress?: ((rows: number) => void) | undefined;
}

/** A lane's account once the last input has ended: plain data, whichever thread it comes from. */
export interface LaneAccount {
  inputs: InputInfo[];
  rows: number;
  county: StatusCounts;
  total: StatusCounts;
  ruleCounts: Record<string, StatusCounts>;
  failing: Record<Severity, number>;
  /** Every verdict when judging, the whole-data-set ones last; only those when counting. */
  findings: Verdict[];
  problems: { held: Problem[]; counts: ProblemCounts; count: number };
  /** What waivers and the baseline made of the county verdicts, when the run has them. */
  round?: RoundAccount;
}

export class Lane implements TableSink {
  private readonly dataset: DatasetRows;
  private readonly checker: Checker;
  private readonly round: RoundMatch | undefined;
  private readonly findings: Verdict[] = [];
  private readonly judging: boolean;
  /** The open input's reader of records: a table's (CSV, a sheet); none for rows read whole (YAML, JSON). */
  private reader: TableRecords | undefined;
  /** Where the open input's problems go; the data set's own between inputs. */
  private report: (problem: Problem) => void;
  private sheet: string | undefined;
  /** With a roster, the listed county a row's code names, whatever its name is written as. */
  private readonly byCode: CountyByCode | undefined;

  constructor(
    private readonly setup: LaneSetup,
    private readonly problems: LaneProblems,
    private readonly hooks: LaneHooks = {},
  ) {
    this.dataset = new DatasetRows(setup.files, setup.run.fields, problems.add);
    this.round = setup.run.round && new RoundMatch(setup.run.round);
    this.checker = checkerOf(setup.run, this.round);
    this.judging = setup.stage === 'judge';
    this.report = problems.add;
    const codeAt = setup.run.fields.findIndex((field) => field.name === 'county_code');
    this.byCode = setup.run.roster && codeAt >= 0 ? new CountyByCode(setup.run.roster, codeAt) : undefined;
  }

  startFile(fileIndex: number, sheet?: { format: string; sheet: string }): void {
    const report = this.dataset.startFile(fileIndex, sheet);
    this.report = sheet ? locatedIn(sheet.sheet, report) : report;
    this.sheet = sheet?.sheet;
    this.byCode?.startInput();
    // Made now, not at the first records: a table with none is still an input, and its end says so (empty-file).
    const { format } = this.dataset.inputs[this.dataset.inputs.length - 1]!;
    const file = this.setup.files[fileIndex]!;
    this.reader = !readerNamed(format).records
      ? undefined
      : new TableRecords(file, this.setup.run.fields, this.report, {
          sheet: sheet?.sheet,
          name: file,
          counties: this.setup.run.roster?.listed,
        });
  }

  opened(encoding: Encoding | undefined, estimatedRows: number): void {
    this.dataset.opened(encoding, estimatedRows);
  }

  /** The rows checked so far; a promise of them when the rows' receiver holds the reading back. */
  records(batch: RecordBatch): number | Promise<number> {
    return this.counted(this.take(this.reader!.batch(batch)));
  }

  rows(rows: Row[]): number | Promise<number> {
    return this.counted(this.take(rows));
  }

  private counted(wait: Promise<void> | undefined): number | Promise<number> {
    const rows = this.checker.rows;
    return wait ? wait.then(() => rows) : rows;
  }

  endFile(): number {
    // Lines held while the header was looked for become rows only now, in a file too short to decide sooner.
    // The last rows are not held back for: what failed is seen again when the findings end.
    if (this.reader) this.take(this.reader.finish())?.catch(() => {});
    this.reader = undefined;
    this.report = this.problems.add;
    this.sheet = undefined;
    return this.checker.rows;
  }

  problem(problem: Problem): void {
    this.report(problem);
  }

  /** The whole-data-set verdicts, and the lane's account; call once, after the last input. */
  finish(): LaneAccount {
    const { checker, problems } = this;
    // The rows owed and not sent are county verdicts of no row: kept however the rows' own are made.
    this.findings.push(...checker.absent(), ...checker.finish());
    // The rows of a price index that nothing read, named once the rows owed have been judged by it.
    for (const problem of checker.unjoinedRows()) problems.add(problem);
    const { county, total, failing } = checker.tally;
    return {
      inputs: this.dataset.inputs,
      rows: checker.rows,
      county,
      total,
      ruleCounts: checker.tally.ruleCounts(),
      failing,
      findings: this.findings,
      problems: { held: problems.held, counts: problems.counts, count: problems.count },
      ...(this.round ? { round: this.round.account() } : {}),
    };
  }

  private take(rows: Row[]): Promise<void> | undefined {
    if (rows.length === 0) return undefined;
    if (this.sheet !== undefined) for (const row of rows) row.sheet = this.sheet;
    // A row is its county by code before it is keyed: 石桥 with 石桥县's code is 石桥县.
    this.byCode?.apply(rows, this.report);
    this.dataset.rows(rows);
    const checker = this.checker;
    // A yearly count of triggered months against the price series, when the run has both.
    if (checker.counted) for (const row of rows) checker.counted.see(row, this.report);
    if (this.judging) for (const row of rows) for (const verdict of checker.judge(row)) this.findings.push(verdict);
    else for (const row of rows) checker.count(row);
    const wait = this.hooks.onRows?.(rows);
    this.hooks.onProgress?.(checker.rows);
    return wait instanceof Promise ? (wait as Promise<void>) : undefined;
  }
}
