// Runs the real pipeline in-process, as src/cli/check.ts does: read → engine → report, no child process.
import { checkData } from '../../src/run/check-data.js';
import { DuibiaoError } from '../../src/errors.js';
import type { CheckResult } from '../../src/model/types.js';
import type { Pack } from '../../src/pack/pack.js';
import { json } from '../../src/report/json/report.js';
import { PLAIN } from '../../src/report/paint.js';
import { shown } from '../helpers.js';

const AS_OF = '2022-12-31';

/** The result of checking `files`, or the typed error that stopped it; anything else thrown is a bug and propagates. */
export async function checkFiles(files: string[], pack: Pack): Promise<CheckResult | DuibiaoError> {
  try {
    return shown(await checkData(files, pack, { asOf: AS_OF, today: AS_OF, failOn: 'error', counting: false }));
  } catch (error) {
    if (error instanceof DuibiaoError) return error;
    throw error;
  }
}

/**
 * The JSON report, as text. (The table, at a few hundred milliseconds for some
 * rows of wide characters, would cost more than the reading it follows.)
 */
export function renderJson(result: CheckResult): string {
  const out = json(result, { color: false, paint: PLAIN, width: 100 });
  return typeof out === 'string' ? out : [...out].join('');
}
