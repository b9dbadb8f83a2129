// The registry of report formats: `--format` choices come from here. Each entry loads its
// module only when that format is asked for, and says what the run must keep for it.
import type { BinaryReporter, Reporter } from './types.js';

export interface FormatEntry {
  load: () => Promise<Reporter | BinaryReporter>;
  /**
   * Reads the findings and problems one at a time (report/parts.ts), so that a large run may keep
   * them on disk; a format that needs them all in memory does not.
   */
  streams: boolean;
  /** Needs only counts, so a run that asks for nothing else keeps no county verdicts. */
  countsOnly?: true;
  /** Bytes no terminal can show: only written to a file. */
  fileOnly?: true;
  /** A page for a browser, not text for a terminal: written to a file or a pipe, refused on a terminal. */
  page?: true;
  /** A large report, alone, may be written straight into its file as the check goes (run/json-file.ts). */
  inPlace?: true;
}

export const formats = {
  table: { load: async () => (await import('./table.js')).table, streams: true },
  json: { load: async () => (await import('./json/report.js')).json, streams: true, inPlace: true },
  summary: { load: async () => (await import('./summary.js')).summary, streams: true, countsOnly: true },
  junit: { load: async () => (await import('./junit.js')).junit, streams: true },
  sarif: { load: async () => (await import('./sarif.js')).sarif, streams: true },
  github: { load: async () => (await import('./github.js')).github, streams: true },
  csv: { load: async () => (await import('./csv.js')).csv, streams: true },
  markdown: { load: async () => (await import('./markdown.js')).markdown, streams: true },
  html: { load: async () => (await import('./html/bulletin.js')).html, streams: true, page: true },
  xlsx: { load: async () => (await import('./xlsx/report.js')).xlsx, streams: true, fileOnly: true },
} satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof formats;
export const FORMAT_NAMES = Object.keys(formats) as FormatName[];

const where = (trait: (entry: FormatEntry) => boolean | undefined): ReadonlySet<FormatName> =>
  new Set(FORMAT_NAMES.filter((name) => trait(formats[name]) === true));

/** Formats that need only counts, so a run that asks for nothing else keeps no county verdicts. */
export const COUNTING_FORMATS = where((entry) => entry.countsOnly);

/** Formats of bytes no terminal can show: they are only written to a file. */
export const FILE_ONLY_FORMATS = where((entry) => entry.fileOnly);

/** Formats of pages for a browser: refused on a terminal. */
export const PAGE_FORMATS = where((entry) => entry.page);

/** Formats that read the findings and problems one at a time, so that a large run may keep them on disk. */
export const STREAMING_FORMATS = where((entry) => entry.streams);

/** Formats whose large report may be written into its file as the check goes. */
export const IN_PLACE_FORMATS = where((entry) => entry.inPlace);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

export type { BinaryReporter, Reporter, ReportContext } from './types.js';
