// A pull-request comment: the counts; every county-year ranked by the targets it meets; what did
// not pass, county by county; then the data problems. Bounded, as a comment must be: see bounds.ts.
import type { CheckResult, ShownProblem } from '../model/types.js';
import { clip, MISS_LINES, PROBLEM_LINES, SCOREBOARD_ROWS } from './bounds.js';
import { allProblems, briefFindings } from './parts.js';
import { placeText } from './place.js';
import { roundLead, ROUND_HEADINGS, type Listed } from './round.js';
import { scoreboardOf, type Scoreboard } from './scoreboard.js';
import { summaryLine } from './summary-line.js';
import { visible } from '../model/visible.js';
import type { Reporter } from './types.js';
import { section } from '../words/words.js';
import { asOfText, noCounty, placeOf, ruleTitles, STATUS_MARK, STATUS_WORD, verdictText } from './words.js';
import { periodKind, periodText } from './period.js';

/** The words of this report, in the run's language. */
const WORDS = section('markdown');
// The ranking's rows counted in the table report's words: county-years, county-months, or both.
const ROWS_ARE = section('table', 'countyPeriods');

export const markdown: Reporter = (result) => {
  const out = [
    `### ${WORDS.tool} · ${cell(clip(result.pack.title))} · ${asOfText(result)}`,
    '',
    `**${cell(summaryLine(result))}**`,
    '',
  ];
  const board = scoreboardOf(result, () => briefFindings(result), SCOREBOARD_ROWS);
  const sections: string[] = [];
  const listed = board.misses > 0 ? missSections(board, result, sections) : 0;
  // A table cut for length says so before anything else, and where the whole is.
  if (board.cut)
    out.push(
      `> ${WORDS.cut(board.shown.length, board.rows - board.shown.length, board.misses - listed, ROWS_ARE[board.periods])}`,
      '',
    );
  const lead = roundLead(result);
  if (lead.notSubmitted.length > 0) {
    out.push(
      `#### ${ROUND_HEADINGS.notSubmitted}`,
      '',
      ...lead.notSubmitted.slice(0, MISS_LINES).map((text) => `- ${cell(clip(text))}`),
      '',
    );
    if (lead.notSubmitted.length > MISS_LINES) out.push(WORDS.moreMisses(lead.notSubmitted.length - MISS_LINES), '');
  }
  if (lead.fresh.count > 0) changeTable(ROUND_HEADINGS.fresh, lead.fresh, result, out);
  if (lead.fixed.count > 0) changeTable(ROUND_HEADINGS.fixed, lead.fixed, result, out);
  if (board.rows > 0 || board.unranked > 0) {
    out.push(WORDS.scoreboard, '');
    scoreTable(board, out);
    out.push('');
  }
  if (board.misses > 0) {
    out.push(WORDS.misses, '', ...sections);
  }
  if (result.summary.problems > 0) {
    out.push(WORDS.problems, '');
    problemTable(result, out);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
};

function scoreTable(board: Scoreboard, out: string[]): void {
  const kind = periodKind(board.shown);
  // Every row unranked (nothing judged): no table, only the count.
  if (board.shown.length > 0) out.push(...(kind === 'year' ? WORDS.scoreHead : WORDS.periodScoreHead[kind]));
  for (const row of board.shown) {
    out.push(
      tableRow([
        String(row.rank),
        cell(clip(row.county ?? noCounty())),
        periodText(row),
        `${row.met}/${row.applicable}`,
        String(row.misses.length),
      ]),
    );
  }
  if (board.rows > board.shown.length)
    out.push('', WORDS.moreRows(board.rows - board.shown.length, ROWS_ARE[board.periods]));
  if (board.unranked > 0) out.push(...(board.shown.length > 0 ? [''] : []), WORDS.unranked(board.unranked));
}

/**
 * One small table per row of data that misses something, headed by its county, year and location,
 * in the table's order; gives the number of misses listed.
 */
function missSections(board: Scoreboard, result: CheckResult, out: string[]): number {
  const titles = ruleTitles(result);
  // Lines, a section's heading and table head counted: what a person scrolls through.
  let budget = MISS_LINES;
  let listed = 0;
  for (const row of board.shown) {
    if (row.misses.length === 0) continue;
    const room = budget - SECTION_LINES;
    if (room <= 0) break;
    // A row owed and not sent (a county's subsidy return of a triggered month) is at no place in any
    // file: its county and month alone head it, as its message says what is missing.
    const heading = `**${cell(clip(placeOf(row)))}**`;
    out.push(row.location ? `${heading} · ${cell(clip(placeText(row.location)))}` : heading, '', ...WORDS.missHead);
    const misses = row.misses.slice(0, room);
    for (const v of misses) {
      const status = `${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`;
      out.push(
        tableRow([cell(status), cell(clip(titles.get(v.rule) ?? v.rule)), cell(clip(verdictText(v))), code(v.rule)]),
      );
    }
    budget -= SECTION_LINES + misses.length;
    listed += misses.length;
    out.push('');
  }
  if (board.misses > listed) out.push(WORDS.moreMisses(board.misses - listed), '');
  return listed;
}

/** What moved against the baseline (new misses, fixed ones), a line each, bounded as the misses are. */
function changeTable(heading: string, { shown: verdicts, count }: Listed, result: CheckResult, out: string[]): void {
  const titles = ruleTitles(result);
  out.push(`#### ${heading}`, '', ...WORDS.changeHead);
  for (const v of verdicts.slice(0, MISS_LINES)) {
    const status = `${STATUS_MARK[v.status]} ${STATUS_WORD[v.status]}`;
    out.push(
      tableRow([
        cell(clip(placeOf(v))),
        cell(status),
        cell(clip(titles.get(v.rule) ?? v.rule)),
        cell(clip(verdictText(v))),
        code(v.rule),
      ]),
    );
  }
  if (count > verdicts.length) out.push('', WORDS.moreMisses(count - verdicts.length));
  out.push('');
}

/** Lines of a county's section besides its misses: heading, blank, table head (2), blank. */
const SECTION_LINES = 5;

function problemTable(result: CheckResult, out: string[]): void {
  out.push(...WORDS.problemHead);
  let listed = 0;
  for (const p of allProblems(result)) {
    if (listed === PROBLEM_LINES) break;
    out.push(problemRow(p));
    listed++;
  }
  if (result.summary.problems > listed) out.push('', WORDS.moreProblems(result.summary.problems - listed));
}

function problemRow(p: ShownProblem): string {
  const where = placeText(p, clip);
  return tableRow([cell(where), cell(p.column ?? ''), WORDS.level[p.level], code(p.code), cell(clip(p.message))]);
}

/** A row of cells already made safe. */
function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Rule ids and problem codes are kebab-case and dots, nothing a code span could trip on. */
function code(id: string): string {
  return `\`${id}\``;
}

/**
 * Text from the data as inert Markdown: no table breaks, emphasis, links, autolinks or HTML,
 * so a county name can neither garble the comment nor smuggle markup into it; and no @mention
 * or #reference, so a report posted as a pull-request comment pings nobody and links nothing (a
 * zero-width space after the sign, as Dependabot writes them).
 */
export function cell(text: string): string {
  return visible(text.replace(/[\r\n]+/g, ' '))
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=[#A-Za-z])/g, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, '$&&#8203;');
}
