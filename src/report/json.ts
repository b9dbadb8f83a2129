// The JSON report of CLI.md: one document, stable field names, written as it goes.
import type { CheckResult, Verdict } from '../model/types.js';
import type { Reporter } from './types.js';

const BATCH = 1000;

export const json: Reporter = function* (result) {
  yield jsonHead(result);
  yield* items(result.findings, verdictJson);
  yield* jsonTail(result);
};

/** Everything before the findings: the counts come first, as CLI.md shows them. */
export function jsonHead(result: CheckResult): string {
  const { tool, pack, asOf, inputs, summary } = result;
  const head = JSON.stringify({ tool, pack, asOf, inputs, summary }, null, 2);
  return `${head.slice(0, -2)},\n  "findings": [`;
}

/** Everything after the findings. */
export function* jsonTail(result: CheckResult): Generator<string> {
  yield '],\n  "problems": [';
  yield* items(result.problems, JSON.stringify);
  yield ']\n}\n';
}

/** One item of a list, one a line: readable, greppable, and far cheaper than indenting each. */
export function itemLine(index: number, text: string): string {
  return `${index === 0 ? '' : ','}\n    ${text}`;
}

/** What closes a list that has items. */
export const LIST_END = '\n  ';

function* items<T>(list: readonly T[], write: (item: T) => string): Generator<string> {
  for (let start = 0; start < list.length; start += BATCH) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(list.length, start + BATCH); i++) parts.push(itemLine(i, write(list[i]!)));
    if (start + BATCH >= list.length) parts.push(LIST_END);
    yield parts.join('');
  }
}

const text = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

/**
 * A verdict as JSON.stringify would write it, field for field, without its generic walk: the
 * national file has a quarter of a million of them. A test holds the two to the same output.
 * What repeats is quoted once: a rule's opening, and a row's place, shared by its verdicts.
 */
export function verdictJson(v: Verdict): string {
  let opening = OPENINGS.get(v.rule);
  if (opening === undefined) OPENINGS.set(v.rule, (opening = `{"rule":${JSON.stringify(v.rule)},"severity":`));
  return (
    `${opening}"${v.severity}","status":"${v.status}","scope":"${v.scope}","county":${v.county === lastCounty ? lastCountyJson : countyJson(v.county)},` +
    `"year":${v.year},"actual":${v.actual},"target":${v.target},"comparison":${text(v.comparison)},"detail":${text(v.detail)},` +
    `"message":${JSON.stringify(v.message)}${locationJson(v.location)}}`
  );
}

const OPENINGS = new Map<string, string>();
let lastCounty: string | null | undefined;
let lastCountyJson = '';
let lastLocation: Verdict['location'];
let lastLocationJson = '';

function countyJson(county: string | null): string {
  lastCounty = county;
  lastCountyJson = text(county);
  return lastCountyJson;
}

function locationJson(location: Verdict['location']): string {
  if (location === undefined) return '';
  if (location !== lastLocation) {
    lastLocation = location;
    lastLocationJson = `,"location":{"file":${JSON.stringify(location.file)},"line":${location.line}}`;
  }
  return lastLocationJson;
}
