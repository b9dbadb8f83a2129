// English: bad usage that stops a run, beyond commander's own (cli, run/round.ts, run/targets.ts, the library).
import type { usage as zh } from '../zh/usage.js';

export const usage = {
  failOnNew: '--fail-on-new needs --baseline: a miss is new only against an earlier report',
  templateNeedsFile: 'template --format xlsx writes a workbook, not text: name its file, as -o FILE',
  unknownTable: (table: string, known: string, guess: string | undefined) =>
    `the pack has no table '${table}' (it has: ${known})${guess ? ` (did you mean '${guess}'?)` : ''}`,
  templateCountiesWithoutCounty: (table: string) =>
    `the table '${table}' has no county column: --counties has no rows to pre-fill`,
  workbookNeedsFile: (format: string) =>
    `-f ${format} writes a workbook, not text: name its file, as -f ${format}:FILE`,
  pageNeedsFile: (format: string) =>
    `-f ${format} writes a web page, not text for a terminal: name its file, as -f ${format}:FILE, or pipe it`,
  outputIsInput: (spec: string, input: string) =>
    `-f ${spec} would write over ${input}, which this check reads; give the report another file`,
  sameTarget: (a: string, b: string, target: string) =>
    `-f ${a} and -f ${b} both write to ${target}; give each its own file`,
  stdout: 'stdout',
  libraryLang: (given: string) => `lang '${given}' is not one of zh, en`,
  libraryFormat: (given: string) => `unknown text format '${given}'`,
} satisfies typeof zh;
