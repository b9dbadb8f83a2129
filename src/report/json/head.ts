// What frames the JSON report's findings: the head before them, the counts first as CLI.md shows
// them, and the problems after them.
import { CHANGES, STATUSES, type Change, type CheckResult, type Status, type Summary } from '../../model/types.js';
import { allProblems } from '../parts.js';
import { items } from './encoder.js';

type HeadParts = Pick<CheckResult, 'tool' | 'pack' | 'asOf'>;

/**
 * Everything before the findings, padded with spaces to `jsonHeadSize` bytes. The counts are
 * known only at the end of a check, and a large report is written straight into its file behind
 * room kept for them; every JSON report is padded alike so that it is the same bytes however it
 * is written.
 */
export function jsonHead(result: HeadParts & Pick<CheckResult, 'inputs' | 'summary'>): string {
  const head = headText(result);
  return (
    head +
    ' '.repeat(
      Math.max(
        0,
        jsonHeadSize(
          result.tool,
          result.pack,
          result.asOf,
          result.inputs.map((input) => input.file),
          result.summary.changes !== undefined,
        ) - utf8Length(head),
      ),
    )
  );
}

/**
 * The bytes of the head for these input files (and the baseline's changes, when `changes`), with every count at ten digits: room for ten
 * billion verdicts. A larger count, or a longer encoding name, still makes a whole report: the
 * findings are then moved up in the file, once.
 */
export function jsonHeadSize(
  tool: CheckResult['tool'],
  pack: CheckResult['pack'],
  asOf: string,
  files: readonly string[],
  changes: boolean,
): number {
  const widest = 9_999_999_999;
  const everyStatus = Object.fromEntries(STATUSES.map((status) => [status, widest])) as Record<Status, number>;
  const everyChange = Object.fromEntries(CHANGES.map((change) => [change, widest])) as Record<Change, number>;
  const summary = {
    rows: widest,
    ...everyStatus,
    problems: widest,
    totals: everyStatus,
    ...(changes ? { changes: everyChange } : {}),
  } satisfies Summary;
  const inputs = files.map((file) => ({ file, format: 'yaml', rows: widest, encoding: WIDEST_ENCODING }));
  return utf8Length(headText({ tool, pack, asOf, inputs, summary }));
}

/** As long as the longest encoding name a reader reports (utf-16le). */
const WIDEST_ENCODING = 'x'.repeat(8);

function headText({
  tool,
  pack,
  asOf,
  inputs,
  summary,
}: HeadParts & { inputs: readonly object[]; summary: Summary }): string {
  const head = JSON.stringify({ tool, pack, asOf, inputs, summary }, null, 2);
  return `${head.slice(0, -2)},\n  "findings": [`;
}

/** Everything after the findings. */
export function* jsonTail(result: CheckResult): Generator<string> {
  yield '],\n  "problems": [';
  yield* items(allProblems(result), JSON.stringify);
  yield ']\n}\n';
}

/** The bytes of a text in UTF-8, with no Node Buffer: the self-check page writes this head too. */
function utf8Length(text: string): number {
  return UTF8.encode(text).length;
}

const UTF8 = new TextEncoder();
