// The registry of report formats: `--format` choices come from here.
import { csv } from './csv.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { table } from './table.js';
import type { Reporter } from './types.js';

export const reporters = {
  table,
  json,
  junit,
  sarif,
  github,
  csv,
  markdown,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(reporters, name);
}

export type { Reporter, ReportContext } from './types.js';
