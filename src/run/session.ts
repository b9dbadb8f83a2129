// One check, as the command line and the library both run it: the pack, the dates and the yearly
// round are opened here, once; the rows are then read, judged and counted by checkData, on one
// thread or two, each county verdict matched with the round as it is made.
import type { FailOn } from '../engine/outcome.js';
import type { Checked, Row } from '../model/types.js';
import { openPack } from '../pack/open.js';
import type { Lang } from '../words/words.js';
import { refuseSheetsWithoutWorkbook } from '../read/sheet-option.js';
import type { Pack } from '../pack/pack.js';
import { checkData } from './check-data.js';
import { parseAsOf, todayOf } from './dates.js';
import type { ProblemLog } from './problem-log.js';
import { openRound, type Round, type RoundFlags } from './round.js';
import { expandedInputs, type InputFiles } from './threads.js';

/** What a check is asked to do: the command line's options, by the names CLI.md gives them. */
export interface RunOptions extends RoundFlags {
  /** The rule pack's file; the built-in pack by default. */
  rules?: string | undefined;
  /**
   * `--as-of`: the date deadlines are judged at (2022-12-31, 2022/12/31, 2022.12.31), or
   * `report-date`: each row at its report_date (else `today`). By default, `today`.
   */
  asOf?: string | undefined;
  /**
   * The day of the run, YYYY-MM-DD or a Date (its local day); by default the clock's local day.
   * The as-of date by default, and the date waivers expire at under `report-date`.
   */
  today?: string | Date | undefined;
  /** What fails the run; `error` by default. */
  failOn?: FailOn | undefined;
  /** The workbook sheets to read; by default every sheet with a header. */
  sheets?: readonly string[] | undefined;
}

/** The setup of one check, built once, before any row is read. */
export interface Session {
  pack: Pack;
  /** The date deadlines are judged at; undefined: each row's report_date, else `today`. */
  asOf: string | undefined;
  /** The day of the run. */
  today: string;
  failOn: FailOn;
  /** The roster, waivers and baseline, when any is given. */
  round: Round | undefined;
  sheets: readonly string[];
}

/** `lang`: the language the check's reports are said in, which its pack's titles are taken in. */
export async function openSession(options: RunOptions, lang: Lang): Promise<Session> {
  const failOn = options.failOn ?? 'error';
  const today = todayOf(options.today, 'today');
  const asOf = parseAsOf(options.asOf, today);
  const pack = await openPack(options.rules, lang);
  const round = await openRound(options, pack, failOn, asOf ?? today);
  return { pack, asOf, today, failOn, round, sheets: options.sheets ?? [] };
}

export interface SessionHooks {
  /** Keep only counts, not every county verdict (the round is applied to each as it is counted). */
  counting: boolean;
  /** Where the problems go; the caller disposes of it. */
  problems: ProblemLog;
  onProgress?: ((rows: number) => void) | undefined;
  /** Receives every batch of rows once counted, to make their verdicts elsewhere. */
  onRows?: ((rows: readonly Row[]) => unknown) | undefined;
}

/** Reads and checks the files (the arguments, files, folders or patterns, or the run's survey of them), and applies the round. */
export async function runSession(
  session: Session,
  files: readonly string[] | InputFiles,
  hooks: SessionHooks,
): Promise<Checked> {
  const { pack, asOf, today, failOn, round, sheets } = session;
  // The library is handed the arguments as the command line is: folders and patterns are expanded here.
  const input = Array.isArray(files) ? await expandedInputs(files as readonly string[]) : (files as InputFiles);
  refuseSheetsWithoutWorkbook(input.files, sheets);
  return checkData(input, pack, {
    asOf,
    today,
    failOn,
    counting: hooks.counting,
    sheets,
    onProgress: hooks.onProgress,
    onRows: hooks.onRows,
    round,
    problems: hooks.problems,
  });
}
