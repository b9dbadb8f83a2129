// The JSON report of CLI.md: one document, stable field names.
import type { Reporter } from './types.js';

export const json: Reporter = (result) => {
  const { tool, pack, asOf, inputs, summary, findings, problems } = result;
  return `${JSON.stringify({ tool, pack, asOf, inputs, summary, findings, problems }, null, 2)}\n`;
};
