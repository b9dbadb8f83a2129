// The one signature every report format has.
import type { CheckResult } from '../model/types.js';

export interface ReportContext {
  /** Use ANSI colour. */
  color: boolean;
  /** Terminal width in columns, for layouts that adapt. */
  width: number;
}

export type Reporter = (result: CheckResult, context: ReportContext) => string;
