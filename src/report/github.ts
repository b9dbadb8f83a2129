// GitHub Actions workflow commands: each miss and data problem becomes an annotation at its file and line.
import type { ShownProblem, ShownVerdict as Verdict } from '../model/types.js';
import { isMiss, problemLevel, verdictLevel, type Level } from './findings.js';
import { allProblems, briefFindings } from './parts.js';
import { summaryLine } from './summary-line.js';
import { visible } from '../model/visible.js';
import type { Reporter } from './types.js';
import { words } from '../words/words.js';
import { asOfText, placeOf, ruleTitles, STATUS_WORD, verdictText } from './words.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

export const github: Reporter = function* (result) {
  const titles = ruleTitles(result);
  for (const verdict of briefFindings(result)) {
    if (isMiss(verdict)) yield verdictAnnotation(verdict, titles.get(verdict.rule) ?? verdict.rule);
  }
  for (const problem of allProblems(result)) yield problemAnnotation(problem);
  // Not a command, so the log shows it as the run's account.
  yield `${asOfText(result)} · ${summaryLine(result)}\n`;
};

function verdictAnnotation(verdict: Verdict, title: string): string {
  const word = STATUS_WORD[verdict.status];
  const text = verdictText(verdict);
  // A verdict without a figure (no data, invalid data) already opens with its status word.
  const message = `${text.startsWith(`${word}: `) ? text : `${word}: ${text}`} [${verdict.rule}]`;
  const sheet = verdict.location?.sheet === undefined ? '' : ` · ${verdict.location.sheet}`;
  return command(verdictLevel(verdict), verdict.location, `${placeOf(verdict)}${sheet} · ${title}`, message);
}

function problemAnnotation(problem: ShownProblem): string {
  const w = words();
  const cell = problem.column
    ? ` · ${problem.column}${problem.cell ? ` (${problem.cell})` : problem.columnNumber ? ` (${w.nthColumn(problem.columnNumber)})` : ''}`
    : '';
  const sheet = problem.sheet === undefined ? '' : ` · ${problem.sheet}`;
  return command(
    problemLevel(problem),
    problem,
    `${w.dataProblem}${sheet}${cell}`,
    `${problem.message} [${problem.code}]`,
  );
}

function command(
  level: Level,
  where: { file: string; line: number } | undefined,
  title: string,
  message: string,
): string {
  const properties = [
    ...(where ? [`file=${escapeProperty(where.file)}`, `line=${where.line}`] : []),
    `title=${escapeProperty(title)}`,
  ];
  return `::${COMMAND[level]} ${properties.join(',')}::${escapeData(message)}\n`;
}

/** As the runner reads a command's message: %, CR and LF are encoded. */
export function escapeData(text: string): string {
  // CR and LF are kept for the encoding below; every other control is shown, never passed on.
  return visible(text, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value may not hold the separators between properties either. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
