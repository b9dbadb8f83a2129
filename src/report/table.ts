// The analyst's view: every county-year ranked by the targets it meets, what each misses, by how
// much and why, and the prefecture's figure for each target. Bounded: see bounds.ts.
import { placeText } from './place.js';
import type { CheckResult, ShownVerdict as Verdict } from '../model/types.js';
import { clip, MISS_LINES, PROBLEM_LINES, SCOREBOARD_ROWS } from './bounds.js';
import { allProblems, briefFindings } from './parts.js';
import { scoreboardOf, type Scoreboard } from './scoreboard.js';
import { columns, displayWidth, printable } from './layout.js';
import { statusColor, type Paint } from './paint.js';
import { roundLead, ROUND_HEADINGS, type Listed } from './round.js';
import { summaryLine } from './summary-line.js';
import { missesNothing } from '../engine/outcome.js';
import type { Reporter } from './types.js';
import { section } from '../words/words.js';
import { asOfText, noCounty, ruleTitles, STATUS_MARK, STATUS_WORD, verdictText } from './words.js';
import { periodKind, periodText } from './period.js';

/** The words of this report, in the run's language. */
const WORDS = section('table');

export const table: Reporter = (result, context) => {
  const chalk = context.paint;
  const width = Math.max(60, context.width);
  const titles = ruleTitles(result);
  const out: string[] = [heading(result, chalk)];
  const board = scoreboardOf(result, () => briefFindings(result), SCOREBOARD_ROWS);
  const scores = board.rows > 0 || board.unranked > 0 ? scoreTable(board, titles, chalk, width) : undefined;
  // A table cut for length says so before anything else, and where the whole is.
  if (board.cut && scores)
    out.push(
      chalk.yellow(
        WORDS.cut(
          board.shown.length,
          board.rows - board.shown.length,
          board.misses - scores.listed,
          WORDS.countyPeriods[board.periods],
        ),
      ),
      '',
    );
  const lead = roundLead(result);
  if (lead.notSubmitted.length > 0) {
    out.push(
      chalk.bold(ROUND_HEADINGS.notSubmitted),
      ...lead.notSubmitted.slice(0, MISS_LINES).map((text) => `  ${chalk.red(printable(clip(text)))}`),
    );
    if (lead.notSubmitted.length > MISS_LINES)
      out.push(chalk.dim(WORDS.moreMisses(lead.notSubmitted.length - MISS_LINES)));
    out.push('');
  }
  if (lead.fresh.count > 0)
    out.push(chalk.bold(ROUND_HEADINGS.fresh), changeTable(lead.fresh, titles, chalk, width), '');
  if (lead.fixed.count > 0)
    out.push(chalk.bold(ROUND_HEADINGS.fixed), changeTable(lead.fixed, titles, chalk, width), '');

  if (scores) out.push(chalk.bold(WORDS.scoreboard), scores.text, '');
  out.push(chalk.bold(WORDS.byTarget), targetTable(result, chalk, width), '');
  if (result.summary.problems > 0) out.push(chalk.bold(WORDS.problems), problemLines(result, chalk), '');
  const line = summaryLine(result);
  out.push(missesNothing(result) ? chalk.green(line) : chalk.red(line));
  return `${out.join('\n')}\n`;
};

function heading(result: CheckResult, chalk: Paint): string {
  const inputs = result.inputs.map(
    (i) =>
      `  ${printable(clip(i.file))}${i.sheet === undefined ? '' : ` [${printable(clip(i.sheet))}]`} (${i.format}${i.encoding ? `, ${i.encoding}` : ''}): ${WORDS.rowsRead(i.rows)}`,
  );
  return [
    chalk.bold(`${WORDS.tool} · ${printable(clip(result.pack.title))} · ${asOfText(result)}`),
    ...inputs,
    '',
  ].join('\n');
}

/**
 * Every county-year shown (up to the bound), its targets met of those that apply, then its misses;
 * with the number of misses listed.
 */
function scoreTable(
  board: Scoreboard,
  titles: Map<string, string>,
  chalk: Paint,
  width: number,
): { text: string; listed: number } {
  const showId = width >= 140;
  const rows: string[][] = [
    [...withPeriodHead(WORDS.head, periodKind(board.shown)), ...(showId ? [WORDS.rule] : [])].map((h) => chalk.dim(h)),
  ];
  let budget = MISS_LINES;
  for (const row of board.shown) {
    const score = `${row.met}/${row.applicable}`;
    const place = [
      String(row.rank),
      row.county === null ? chalk.dim(noCounty()) : printable(clip(row.county, COUNTY_CHARACTERS)),
      periodText(row),
      row.met === row.applicable ? chalk.green(score) : chalk.red(score),
    ];
    const listed = row.misses.slice(0, Math.max(0, budget));
    budget -= listed.length;
    if (listed.length === 0)
      rows.push([...place, row.misses.length > 0 ? chalk.dim(WORDS.unlisted(row.misses.length)) : '']);
    listed.forEach((v, i) => {
      const paint = statusColor(chalk, v.status);
      rows.push([
        ...(i === 0 ? place : ['', '', '', '']),
        paint(`${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`),
        printable(clip(titles.get(v.rule) ?? v.rule)),
        printable(clip(verdictText(v))),
        ...(showId ? [chalk.dim(v.rule)] : []),
      ]);
    });
    if (listed.length > 0 && listed.length < row.misses.length)
      rows.push(['', '', '', '', chalk.dim(WORDS.unlisted(row.misses.length - listed.length))]);
  }
  const notes: string[] = [];
  if (board.rows > board.shown.length)
    notes.push(chalk.dim(WORDS.moreRows(board.rows - board.shown.length, WORDS.countyPeriods[board.periods])));
  if (board.unranked > 0) notes.push(chalk.dim(WORDS.unranked(board.unranked)));
  // Every row unranked (nothing judged): no table, only the count.
  if (board.shown.length === 0) return { text: notes.join('\n'), listed: 0 };
  const listedMisses = MISS_LINES - Math.max(0, budget);
  if (board.misses > listedMisses) notes.push(chalk.dim(WORDS.moreMisses(board.misses - listedMisses)));
  // Once per rule, not per miss: spreading every miss into Math.max overflows the stack.
  let titleWidth = 0;
  for (const title of titles.values()) titleWidth = Math.max(titleWidth, displayWidth(clip(title)));
  return {
    text: [
      columns(
        rows,
        scoreWidths(
          width,
          showId,
          titleWidth,
          periodKind(board.shown),
          board.shown.reduce((widest, row) => Math.max(widest, row.rank), 1),
        ),
      ),
      ...notes,
    ].join('\n'),
    listed: listedMisses,
  };
}

/** A table head with its period column (年度, the one after 县市区) named for the rows shown: 月份 over months. */
function withPeriodHead(head: readonly string[], kind: ReturnType<typeof periodKind>): string[] {
  if (kind === 'year') return [...head];
  const at = head.indexOf(WORDS.head[2]!);
  return head.map((word, i) => (i === at ? WORDS.periodHead[kind] : word));
}

/** Characters of a county name in its narrow column: two or three lines of it at most. */
const COUNTY_CHARACTERS = 12;

/** What moved against the baseline, a line each, bounded as the misses are. */
function changeTable(
  { shown: verdicts, count }: Listed,
  titles: Map<string, string>,
  chalk: Paint,
  width: number,
): string {
  const showId = width >= 140;
  const rows: string[][] = [
    [
      ...withPeriodHead(WORDS.changeHead, periodKind(verdicts.slice(0, MISS_LINES))),
      ...(showId ? [WORDS.rule] : []),
    ].map((h) => chalk.dim(h)),
  ];
  for (const v of verdicts.slice(0, MISS_LINES)) {
    const paint = statusColor(chalk, v.status);
    rows.push([
      v.county === null ? chalk.dim(noCounty()) : printable(clip(v.county, COUNTY_CHARACTERS)),
      periodText(v),
      paint(`${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`),
      printable(clip(titles.get(v.rule) ?? v.rule)),
      printable(clip(verdictText(v))),
      ...(showId ? [chalk.dim(v.rule)] : []),
    ]);
  }
  let titleWidth = 0;
  for (const title of titles.values()) titleWidth = Math.max(titleWidth, displayWidth(clip(title)));
  // The scoreboard's widths, less its rank and score columns.
  const [, county, year, , status, ...rest] = scoreWidths(
    width,
    showId,
    titleWidth,
    periodKind(verdicts.slice(0, MISS_LINES)),
  );
  const table = columns(rows, [county!, year!, status!, ...rest]);
  return count > verdicts.length ? `${table}\n${chalk.dim(WORDS.moreMisses(count - verdicts.length))}` : table;
}

/** `kind`: whether a period column shows years, months (`2022-03`) or both; `places`: the widest place shown. */
function scoreWidths(
  width: number,
  showId: boolean,
  titleWidth: number,
  kind: ReturnType<typeof periodKind>,
  places = 1,
): number[] {
  // A cut table's places run into the tens of thousands: the column is as wide as its widest.
  const period = kind === 'year' ? 4 : Math.max(7, displayWidth(WORDS.periodHead[kind]));
  const fixed = [Math.max(4, String(places).length), 10, period, 5, 10];
  const id = showId ? 42 : 0;
  const gaps = 2 * (fixed.length + 1 + (showId ? 1 : 0));
  const rest = width - fixed.reduce((a, b) => a + b, 0) - id - gaps;
  const actual = 14;
  let title = Math.min(titleWidth, Math.max(16, rest - 24));
  // A terminal too narrow for the table at ease (under 75 columns): the targets' titles give way,
  // so that no line is wider than the terminal, which would wrap it out of its columns.
  if (title + actual > rest) title = Math.max(8, rest - actual);
  return [...fixed, title, Math.max(actual, rest - title), ...(showId ? [id] : [])];
}

function targetTable(result: CheckResult, chalk: Paint, width: number): string {
  const totals = new Map<string, Verdict[]>();
  for (const v of result.findings) {
    if (v.scope !== 'total') continue;
    const list = totals.get(v.rule);
    if (list) list.push(v);
    else totals.set(v.rule, [v]);
  }
  const rows: string[][] = [WORDS.targetHead.map((h) => chalk.dim(h))];
  for (const rule of result.rules) {
    const counts = result.ruleCounts[rule.id];
    const pass = counts?.pass ?? 0;
    const judged = counts ? Object.values(counts).reduce((a, b) => a + b, 0) - counts.not_applicable : 0;
    // A figure from some of the rows reads like a verdict: its status is said, not only coloured.
    const whole = (totals.get(rule.id) ?? []).map(
      (v) =>
        `${periodText(v)} ${statusColor(chalk, v.status)(v.comparison === null ? STATUS_WORD[v.status] : v.status === 'pass' || v.status === 'fail' ? v.comparison : `${STATUS_WORD[v.status]} ${v.comparison}`)}`,
    );
    const ratio = `${pass}/${judged}`;
    rows.push([
      printable(clip(rule.title)),
      pass === judged ? chalk.green(ratio) : chalk.red(ratio),
      whole.join('\n') || chalk.dim('—'),
      WORDS.severity[rule.severity],
    ]);
  }
  let titleWidth = 0;
  for (const rule of result.rules) titleWidth = Math.max(titleWidth, displayWidth(clip(rule.title)));
  // The counts and level columns as wide as their words in the run's language (达标县 / counties
  // met, 错误 / warning), never split inside a word.
  const met = Math.max(6, displayWidth(WORDS.targetHead[1] ?? ''));
  const level = Math.max(
    4,
    displayWidth(WORDS.targetHead[3] ?? ''),
    ...Object.values(WORDS.severity).map(displayWidth),
  );
  return columns(rows, [Math.min(titleWidth, Math.max(20, width - 42 - met - level)), met, 28, level]);
}

function problemLines(result: CheckResult, chalk: Paint): string {
  const lines: string[] = [];
  for (const p of allProblems(result)) {
    if (lines.length === PROBLEM_LINES) break;
    const where = `${placeText(p, (text) => printable(clip(text)))}${p.column ? ` [${p.column}]` : ''}`;
    const level = p.level === 'error' ? chalk.red(p.code) : chalk.dim(p.code);
    lines.push(`  ${where}  ${level}  ${printable(clip(p.message))}`);
  }
  if (result.summary.problems > lines.length)
    lines.push(chalk.dim(`  ${WORDS.moreProblems(result.summary.problems - lines.length)}`));
  return lines.join('\n');
}
