// The JSON report of CLI.md: one document, stable field names, written as it goes.
import type { Reporter } from './types.js';

const BATCH = 500;

export const json: Reporter = function* (result) {
  const { tool, pack, asOf, inputs, summary, findings, problems } = result;
  const head = JSON.stringify({ tool, pack, asOf, inputs, summary }, null, 2);
  yield `${head.slice(0, -2)},\n  "findings": [`;
  yield* items(findings);
  yield '],\n  "problems": [';
  yield* items(problems);
  yield ']\n}\n';
};

/** One item a line, in batches: readable, greppable, and far cheaper than indenting each. */
function* items(list: readonly unknown[]): Generator<string> {
  for (let start = 0; start < list.length; start += BATCH) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(list.length, start + BATCH); i++) {
      parts.push(`${i === 0 ? '' : ','}\n    ${JSON.stringify(list[i])}`);
    }
    if (start + BATCH >= list.length) parts.push('\n  ');
    yield parts.join('');
  }
}
