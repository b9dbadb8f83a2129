// Turns the schema's complaints into located mistakes in plain words, with a did-you-mean where one is close.
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import type { LocatedMessage } from '../errors.js';
import { knownKeys } from './known-keys.js';
import { positionOf, type PathKey } from './locate.js';
import { measureKinds } from '../measures/index.js';
import { closest } from './suggest.js';
import { typeName } from './schema-error.js';
import { fromCarried, joined, say } from '../words/message.js';

/** `keys`: the keys of the format, for a did-you-mean (the pack's, unless another YAML format is described). */
export function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lines: LineCounter,
  file: string,
  keys: readonly string[] = knownKeys(),
): LocatedMessage[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  const at = (key?: string): { file: string; line: number; column: number } => ({
    file,
    ...positionOf(doc, lines, path, key),
  });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      // A key the format has, in the wrong place: e.g. both value and column in one target.
      if (keys.includes(key))
        return { ...at(key), code: 'pack-unknown-key', message: say('packKeyMisplaced', key, path.join('.')) };
      const guess = closest(key, keys);
      return { ...at(key), code: 'pack-unknown-key', message: say('packUnknownKey', key, guess) };
    });
  }
  if (issue.code === 'invalid_union' && issue.discriminator === 'kind' && path.at(-2) === 'measure') {
    const given = doc.getIn(path);
    const MEASURE_KINDS = measureKinds();
    const guess = typeof given === 'string' ? closest(given, MEASURE_KINDS) : undefined;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what the YAML holds there, typed unknown
    const givenText = given === undefined ? undefined : String(given);
    const message = say('packMeasureKind', givenText, MEASURE_KINDS.join(', '), guess);
    return [{ ...at(), code: 'pack-unknown-measure', message }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // The alternative with the fewest complaints is the one the author meant.
    const nearest = issue.errors.reduce((best, next) => (next.length < best.length ? next : best));
    return nearest.flatMap((inner) =>
      describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, doc, lines, file, keys),
    );
  }
  // A key that is not there at all (the schema's words do not say which; the document does).
  if (issue.code === 'invalid_type' && path.length > 0 && !doc.hasIn(path)) {
    const key = String(path.at(-1));
    const parent = path.slice(0, -1).join('.');
    return [
      {
        ...at(),
        code: 'pack-schema',
        message: joined(parent ? `${parent}: ` : '', say('packKeyMissing', key, typeName(issue.expected))),
      },
    ];
  }
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  return [{ ...at(), code: 'pack-schema', message: joined(where, fromCarried(issue.message)) }];
}
