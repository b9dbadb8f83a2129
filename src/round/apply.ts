// The yearly round's stages after the check: the roster's problems, waivers, the baseline, and the
// counts and exit code they change. Pure: a check's result and the round's inputs in, a result out.
import { exitCodeOfFindings, type FailOn } from '../engine/outcome.js';
import { tallyOf } from '../engine/tally.js';
import { asOfDate } from '../model/as-of.js';
import type { CheckResult, Problem, ProblemCounts } from '../model/types.js';
import type { Baseline } from '../baseline/read.js';
import { compareWithBaseline } from '../baseline/compare.js';
import { applyWaivers } from '../waivers/apply.js';
import type { Waiver } from '../waivers/load.js';

export interface RoundInputs {
  /** Problems found while the rows passed (the roster's). */
  problems?: readonly Problem[];
  waivers?: readonly Waiver[];
  baseline?: Baseline;
  failOn: FailOn;
  failOnNew: boolean;
}

/** Needs every county verdict in `result.findings` (not a counting-only result). */
export function applyRound(result: CheckResult, round: RoundInputs): CheckResult {
  const problems = [...result.problems, ...(round.problems ?? [])];
  let findings = result.findings;
  if (round.waivers) {
    const waived = applyWaivers(findings, round.waivers, asOfDate(result));
    findings = waived.findings;
    problems.push(...waived.problems);
  }
  let changes: CheckResult['summary']['changes'];
  if (round.baseline) {
    const compared = compareWithBaseline(findings, round.baseline, { packId: result.pack.id, version: result.tool.version });
    findings = compared.findings;
    changes = compared.changes;
    problems.push(...compared.problems);
  }
  const added = problems.slice(result.problems.length);
  const problemCounts = withProblems(result.problemCounts, added);
  const tally = tallyOf(result.rules, findings);
  const summary: CheckResult['summary'] = { rows: result.summary.rows, ...tally.county, problems: result.summary.problems + added.length, totals: tally.total, ...(changes ? { changes } : {}) };
  return {
    ...result,
    summary,
    ruleCounts: tally.ruleCounts(),
    findings,
    problems,
    problemCounts,
    exitCode: exitCodeOfFindings(result.rules, findings, problemCounts.errors, round.failOn, round.failOnNew),
  };
}

/** The counts of a check's problems with the round's own added. */
function withProblems(counts: ProblemCounts, added: readonly Problem[]): ProblemCounts {
  const byCode = { ...counts.byCode };
  let errors = counts.errors;
  for (const problem of added) {
    if (problem.level === 'error') errors++;
    const seen = byCode[problem.code];
    byCode[problem.code] = seen ? { ...seen, count: seen.count + 1 } : { count: 1, level: problem.level, first: { file: problem.file, line: problem.line } };
  }
  return { errors, byCode };
}
