// The one signature every report format has.
import type { CheckResult } from '../model/types.js';
import type { Paint } from './paint.js';

export interface ReportContext {
  /** Use ANSI colour. */
  color: boolean;
  /** The styles to use: real colours when `color`, else plain text. */
  paint: Paint;
  /** Terminal width in columns, for layouts that adapt. */
  width: number;
  /** The bulletin's heading from the config file: each line absent when it is not given. */
  bulletin?: BulletinHeading | undefined;
}

/** `bulletin: { issuer, title, date }` of the config file. */
export interface BulletinHeading {
  issuer?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
}

/**
 * Renders a whole report. A large report may be returned as chunks, which the
 * CLI writes as they come instead of building one giant string: text, or text already
 * in UTF-8 (whole characters or not: the chunks are bytes in order).
 */
export type Reporter = (result: CheckResult, context: ReportContext) => string | Iterable<string | Uint8Array>;

/**
 * Renders a report of bytes (a workbook) as its library packs them, chunk by chunk, for the CLI to
 * write as they come; only ever written to a file.
 */
export type BinaryReporter = (result: CheckResult, context: ReportContext) => AsyncIterable<Uint8Array>;
