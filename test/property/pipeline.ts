// Runs the real pipeline in-process, as src/cli/check.ts does: read → engine → report, no child process.
import { Checker } from '../../src/engine/checker.js';
import { exitCode } from '../../src/engine/outcome.js';
import { DuibiaoError } from '../../src/errors.js';
import type { CheckResult, Problem, Verdict } from '../../src/model/types.js';
import type { Pack } from '../../src/pack/load.js';
import { readDataset } from '../../src/read/dataset.js';
import { reporters } from '../../src/report/index.js';

const AS_OF = '2022-12-31';

/** The result of checking `files`, or the typed error that stopped it; anything else thrown is a bug and propagates. */
export async function checkFiles(files: string[], pack: Pack): Promise<CheckResult | DuibiaoError> {
  const problems: Problem[] = [];
  try {
    const dataset = readDataset(files, pack.fields, (problem) => problems.push(problem));
    const checker = new Checker(pack.rules, pack.fields, { asOf: AS_OF, today: AS_OF });
    const findings: Verdict[] = [];
    for await (const row of dataset.rows) findings.push(...checker.judge(row));
    findings.push(...checker.finish());
    return {
      tool: { name: 'duibiao', version: 'test' },
      pack: { id: pack.id, title: pack.title },
      asOf: AS_OF,
      inputs: dataset.inputs,
      rules: pack.rules.map(({ id, title, severity, paragraph, quote }) => ({ id, title, severity, paragraph, quote })),
      summary: { rows: checker.rows, ...checker.tally.county, problems: problems.length, totals: checker.tally.total },
      findings,
      problems,
      exitCode: exitCode(checker.tally, problems, 'error'),
    };
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
  const out = reporters.json(result, { color: false, width: 100 });
  return typeof out === 'string' ? out : [...out].join('');
}
