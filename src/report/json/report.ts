// The JSON report of CLI.md: one document, stable field names, written as it goes. Its head and
// tail are in head.ts, its lists and verdicts are encoded by encoder.ts.
import type { Reporter } from '../types.js';
import { allFindings } from '../parts.js';
import { items, VerdictEncoder } from './encoder.js';
import { jsonHead, jsonTail } from './head.js';

export const json: Reporter = function* (result) {
  yield jsonHead(result);
  yield* items(allFindings(result), new VerdictEncoder().encode);
  yield* jsonTail(result);
};
