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
}

/**
 * Renders a whole report. A large report may be returned as chunks, which the
 * CLI writes as they come instead of building one giant string; a binary one
 * (a workbook) as bytes, once its library has packed them.
 */
export type Reporter = (result: CheckResult, context: ReportContext) => string | Iterable<string> | Promise<Uint8Array>;
