// The JSON report of CLI.md: one document, stable field names, written as it goes.
import type { Verdict } from '../model/types.js';
import type { Reporter } from './types.js';

const BATCH = 1000;

export const json: Reporter = function* (result) {
  const { tool, pack, asOf, inputs, summary, findings, problems } = result;
  const head = JSON.stringify({ tool, pack, asOf, inputs, summary }, null, 2);
  yield `${head.slice(0, -2)},\n  "findings": [`;
  yield* items(findings, verdictJson);
  yield '],\n  "problems": [';
  yield* items(problems, JSON.stringify);
  yield ']\n}\n';
};

/** One item a line, in batches: readable, greppable, and far cheaper than indenting each. */
function* items<T>(list: readonly T[], write: (item: T) => string): Generator<string> {
  for (let start = 0; start < list.length; start += BATCH) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(list.length, start + BATCH); i++) parts.push(`${i === 0 ? '' : ','}\n    ${write(list[i]!)}`);
    if (start + BATCH >= list.length) parts.push('\n  ');
    yield parts.join('');
  }
}

const text = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

/**
 * A verdict as JSON.stringify would write it, field for field, without its generic walk: the
 * national file has a quarter of a million of them. A test holds the two to the same output.
 */
export function verdictJson(v: Verdict): string {
  const location = v.location ? `,"location":{"file":${JSON.stringify(v.location.file)},"line":${v.location.line}}` : '';
  return (
    `{"rule":${JSON.stringify(v.rule)},"severity":"${v.severity}","status":"${v.status}","scope":"${v.scope}",` +
    `"county":${text(v.county)},"year":${v.year},"actual":${v.actual},"target":${v.target},` +
    `"comparison":${text(v.comparison)},"detail":${text(v.detail)},"message":${JSON.stringify(v.message)}${location}}`
  );
}
