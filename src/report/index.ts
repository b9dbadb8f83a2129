// The registry of report formats: `--format` choices come from here.
import { json } from './json.js';
import { summary } from './summary.js';
import { table } from './table.js';
import type { Reporter } from './types.js';

export const reporters = {
  table,
  json,
  summary,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;

/** Formats that need only counts, so a run that asks for nothing else keeps no county verdicts. */
export const COUNTING_FORMATS: ReadonlySet<FormatName> = new Set(['summary']);
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(reporters, name);
}

export type { Reporter, ReportContext } from './types.js';
