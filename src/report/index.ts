// The registry of report formats: `--format` choices come from here. Each format's module
// is loaded only when that format is asked for.
import type { BinaryReporter, Reporter } from './types.js';

export const reporters = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json/report.js')).json,
  summary: async () => (await import('./summary.js')).summary,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  csv: async () => (await import('./csv.js')).csv,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html/bulletin.js')).html,
  xlsx: async () => (await import('./xlsx/report.js')).xlsx,
} satisfies Record<string, () => Promise<Reporter | BinaryReporter>>;

export type FormatName = keyof typeof reporters;
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];

/** Formats that need only counts, so a run that asks for nothing else keeps no county verdicts. */
export const COUNTING_FORMATS: ReadonlySet<FormatName> = new Set(['summary']);

/** Formats of bytes no terminal can show: they are only written to a file. */
export const FILE_ONLY_FORMATS: ReadonlySet<FormatName> = new Set(['xlsx']);

/**
 * Formats that read the findings and problems one at a time (report/parts.ts), so that a large
 * run may keep them on disk: every format here; one that needs them all in memory stays out.
 */
export const STREAMING_FORMATS: ReadonlySet<FormatName> = new Set(['table', 'json', 'summary', 'junit', 'sarif', 'github', 'csv', 'markdown']);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(reporters, name);
}

export type { BinaryReporter, Reporter, ReportContext } from './types.js';
