// The shapes that flow between read, pack, engine and report.
import type { DataCode } from './codes.js';
import type { FieldTypeName } from '../fields/index.js';
import type { Num } from './num.js';
import type { Text } from '../words/message.js';
import type { Lang } from '../words/words.js';

/** The name of a field type; src/fields registers each type's reading and template. */
export type FieldType = FieldTypeName;

export interface FieldSpec {
  name: string;
  label: string;
  /** The label under `--lang en`, where a pack gives one; else the Chinese label is shown there too. */
  label_en?: string | undefined;
  type: FieldType;
  required?: boolean | undefined;
  /** Another field this one may not exceed (a part of a total). */
  max?: string | undefined;
  min?: number | undefined;
  maxValue?: number | undefined;
  unit?: string | undefined;
  /** Other headers offices write for this column (县（市、区）, 年份), besides its name and label. */
  aliases?: string[] | undefined;
  /** Headers under which a percent column is given as an index on a base of 100 (103.5 is +3.5 %), read exactly. */
  index_aliases?: string[] | undefined;
  /** The table (src/model/tables.ts) whose files hold this column; absent: every table's. */
  table?: string | undefined;
  /** Set by the pack on the period column of each table it declares: one column may be the period of several (月份). */
  periods?: { table: string; every: 'year' | 'month'; keyless?: true; title?: string; title_en?: string }[] | undefined;
}

/** A readable cell: numbers are exact (Num), yes/no is boolean, text/code/date are strings. */
export type CellValue = Num | boolean | string;

/** A cell as a row holds it: its value, `undefined` when blank or absent, `null` when unusable. */
export type Cell = CellValue | null | undefined;

export interface Row {
  file: string;
  /** The workbook sheet the row is in; absent for a text file. */
  sheet?: string;
  line: number;
  county: string | null;
  year: number | null;
  reportDate: string | null;
  /** The row's table (src/model/tables.ts), where it is not the pack's first. */
  table?: number;
  /** Where the table is monthly: year × 12 + month − 1 (`year` then is the month's year). */
  period?: number;
  /** One cell per field of the pack, in the pack's order. */
  cells: Cell[];
}

export type ProblemLevel = 'error' | 'notice';

export interface Problem {
  file: string;
  /** The workbook sheet, for a problem in one. */
  sheet?: string | undefined;
  /** 1-based; a problem with the whole file points at its header line. */
  line: number;
  /** The English name of the pack column concerned; absent when the problem is not about one (an unknown header is named in the message). */
  column?: string | undefined;
  /** 1-based position of the cell in its row, where known. */
  columnNumber?: number | undefined;
  /** In a workbook, the A1 reference of the cell concerned (`F7`), where one cell is meant. */
  cell?: string | undefined;
  code: DataCode;
  level: ProblemLevel;
  /** What is wrong, as a message made in no language (words/message.ts); a report says it in its own. */
  message: Text;
  /** How many rows read the problem names, where it names several at once (`unjoined-rows`); absent for one row or none. */
  rows?: number | undefined;
}

/** A verdict as a report shows it: its comparison and message said in the report's language (report/shown.ts). */
export type ShownVerdict = Omit<Verdict, 'comparison' | 'detail' | 'message'> & {
  comparison: string | null;
  detail: string | null;
  message: string;
};

/** A problem as a report shows it: its message said in the report's language (report/shown.ts). */
export type ShownProblem = Omit<Problem, 'message'> & { message: string };

export type Status = 'pass' | 'fail' | 'pending' | 'not_applicable' | 'missing' | 'invalid' | 'waived';
export const STATUSES: readonly Status[] = [
  'pass',
  'fail',
  'pending',
  'not_applicable',
  'missing',
  'invalid',
  'waived',
];
export type Severity = 'error' | 'warning';

export interface Location {
  file: string;
  /** The workbook sheet of the row; absent for a text file. */
  sheet?: string;
  line: number;
}

export interface Verdict {
  rule: string;
  severity: Severity;
  status: Status;
  scope: 'county' | 'total';
  county: string | null;
  year: number | null;
  /** The month (`2022-03`) of a verdict of a monthly table; absent for a yearly one. */
  period?: string;
  actual: number | boolean | null;
  target: number | boolean | null;
  /** Human text of actual against target, e.g. "37.5% < 40%" (是 = 否 for a yes/no, so a message in no language). */
  comparison: Text | null;
  /**
   * What the comparison was computed from, e.g. "6/16"; null when it is the value itself. A
   * condition's values (`paid = 是`) are a message in no language.
   */
  detail: Text | null;
  /**
   * Why, where its figures do not say it (cells blank or unusable, a rule that does not apply, a
   * whole-data-set verdict), as a message in no language. Undefined for a county verdict that was
   * judged: its rule's title, comparison, detail and due date say it (report/shown.ts), so that a
   * passing verdict costs no message of its own.
   */
  message: Text | undefined;
  /** The deadline (YYYY-MM-DD) of a miss of a rule that has one: pending before it, overdue after. */
  due?: string;
  /** Whole-data-set verdicts: the rows whose cells it could read, of the rows of its year. */
  basis?: { rows: number; of: number };
  /** Where the row is; whole-data-set verdicts have none. */
  location?: Location;
  /** The waiver that made this verdict `waived` (--waivers). */
  waiver?: WaiverNote;
  /** Against the baseline (--baseline): how this county verdict moved. */
  change?: Change;
}

/** A waiver as a waived verdict carries it; `status` is the verdict's status before the waiver. */
export interface WaiverNote {
  reason: string;
  approved_by: string;
  expires: string;
  file: string;
  line: number;
  status: Status;
}

export type Change = 'new' | 'persisting' | 'fixed' | 'same';
export const CHANGES: readonly Change[] = ['new', 'persisting', 'fixed', 'same'];

export interface InputInfo {
  file: string;
  /** The name of the reader that read it (src/read/readers.ts): csv, yaml, json, xlsx, xls. */
  format: string;
  /** The sheet read, for a workbook: each sheet read is an input of its own. */
  sheet?: string;
  encoding?: string;
  rows: number;
}

export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  paragraph: number;
  quote: string;
  description?: string | undefined;
  /**
   * What its numbers are, for a report that shows them as numbers: a share (0.375 is 37.5 %), or
   * already in percent (a growth of 5.2 is 5.2 %); absent for a count, an amount or a yes/no.
   */
  figures?: Figures | undefined;
}

export type Figures = 'share' | 'percent';

export interface Summary {
  rows: number;
  pass: number;
  fail: number;
  pending: number;
  not_applicable: number;
  missing: number;
  invalid: number;
  waived: number;
  problems: number;
  /** County verdicts by change against the baseline; only with --baseline. */
  changes?: Record<Change, number>;
  /** Verdicts of the whole data set (scope "total"), by status. */
  totals: Record<Status, number>;
}

/**
 * Everything a reporter is given: its problems and verdicts with their messages said in the
 * report's language. The check makes a `Checked` (in no language), which report/shown.ts says.
 */
export interface CheckResult<P = ShownProblem, V = ShownVerdict> {
  tool: { name: string; version: string };
  pack: { id: string; title: string };
  /** The date deadlines were judged at (YYYY-MM-DD), or `report-date`: each row at its report_date, else at `today`. */
  asOf: string;
  /** The day of the run (YYYY-MM-DD, local time): the as-of date by default. */
  today: string;
  inputs: InputInfo[];
  rules: RuleInfo[];
  summary: Summary;
  /** County verdicts of each rule, by status, in the pack's order. */
  ruleCounts: Record<string, Record<Status, number>>;
  /** Every verdict; when only counting formats were asked for, or the verdicts are `spooled`, just the whole-data-set ones. */
  findings: V[];
  /** Every problem; in a large run whose formats read them as they come, the first ones, the rest `spooled`. */
  problems: P[];
  /** The problems as they were counted, however many are held. */
  problemCounts: ProblemCounts;
  /** What a large run keeps on disk rather than in memory; reporters read it through report/parts.ts. */
  spooled?: Spooled<P, V> | undefined;
  exitCode: 0 | 1;
  /** The language its messages are said in (report/shown.ts), and so its reports' words; undefined: not said yet. */
  lang?: Lang | undefined;
}

/** The result of a check as it is made: its messages in no language yet. */
export type Checked = CheckResult<Problem, Verdict>;

export interface ProblemCounts {
  errors: number;
  /** By code, in the order the codes first came: how many, and where the first was. */
  byCode: Record<string, { count: number; level: ProblemLevel; first: { file: string; line: number } }>;
}

/** Findings and problems read back from disk, in the order they were made; each call reads afresh. */
export interface Spooled<P = ShownProblem, V = ShownVerdict> {
  /**
   * Every finding, the whole-data-set ones last; only those of `rule` when given; `plain`: the
   * statuses whose county verdicts may come without values or words, for a report that shows them
   * only by their status (`CompiledRule.brief`).
   */
  findings?: ((rule?: string, plain?: ReadonlySet<Status>) => Iterable<V>) | undefined;
  /** The problems after those `problems` holds. */
  problems?: (() => Iterable<P>) | undefined;
  /**
   * Every finding written as `cases` says and grouped by rule, in one pass over the kept rows rather
   * than one a rule: a rule's cases as UTF-8 bytes in order, the whole-data-set ones last.
   */
  byRule?: ((cases: RuleCases<V>) => (rule: string) => Iterable<Uint8Array>) | undefined;
}

/** Where a verdict is: what its row's verdicts share. */
export type VerdictPlace = Pick<Verdict, 'county' | 'year' | 'period'>;

/**
 * How a report writes each finding when it groups them by rule (`Spooled.byRule`). A county
 * verdict of a `plain` status is written as `before`, its place's `key`, and its rule's `after`:
 * the key is made once a row, and the verdict is kept until its rule is written as a byte or
 * so, not as text (docs/architecture.md, "A report's cases grouped by rule").
 */
export interface RuleCases<V = ShownVerdict> {
  /** The statuses a county verdict is written by its place alone; such a verdict comes without values or words. */
  plain: ReadonlySet<Status>;
  /** The text of a verdict that is not plain; undefined: left out. */
  render: (verdict: V) => string | undefined;
  /** A plain verdict's text from its place, the same for every verdict of a row. */
  key: (place: VerdictPlace) => string;
  /** The text before the key of every plain verdict. */
  before: string;
  /** The text after the key of a plain verdict of `rule`. */
  after: (rule: string) => string;
}
