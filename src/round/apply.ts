// The yearly round's stages after the check: the roster's problems, waivers, the baseline, and the
// counts and exit code they change. Pure: a check's result and the round's inputs in, a result out.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { tallyOf, type Tally } from '../engine/tally.js';
import { asOfDate } from '../model/as-of.js';
import type { Checked, Problem, ProblemCounts } from '../model/types.js';
import type { Baseline } from '../baseline/read.js';
import { baselineNotices } from '../baseline/compare.js';
import { waiverNotices } from '../waivers/apply.js';
import type { Waiver } from '../waivers/load.js';
import { RoundMatch, roundIndex, type RoundAccount, type RoundIndex } from './match.js';

export interface RoundInputs {
  /** Problems found while the rows passed (the roster's). */
  problems?: readonly Problem[];
  waivers?: readonly Waiver[] | undefined;
  baseline?: Baseline | undefined;
  failOn: FailOn;
  failOnNew: boolean;
}

/** Needs every county verdict in `result.findings`, made without the round: it is applied to them here. */
export function applyRound(result: Checked, round: RoundInputs): Checked {
  const index = roundIndex(round.waivers, round.baseline?.findings, asOfDate(result));
  const match = new RoundMatch(index);
  const findings = result.findings.map((verdict) => match.verdict(verdict));
  const tally = tallyOf(result.rules, findings);
  const summary: Checked['summary'] = {
    rows: result.summary.rows,
    ...tally.county,
    problems: result.summary.problems,
    totals: tally.total,
  };
  return finishRound(
    { ...result, findings, summary, ruleCounts: tally.ruleCounts() },
    { ...match.account(), failing: tally.failing },
    index,
    round,
  );
}

/**
 * A result whose county verdicts had the round applied as they were made (round/match.ts): the
 * round's notices, the baseline's counts of changes, and the exit code, in which a waived verdict
 * never fails and, with `failOnNew`, only the misses new against the baseline do (data problems
 * still do: they are not misses a baseline can know).
 */
export function finishRound(
  result: Checked,
  account: RoundAccount & Pick<Tally, 'failing'>,
  index: RoundIndex,
  round: RoundInputs,
): Checked {
  const current = { packId: result.pack.id, version: result.tool.version };
  const added = [
    ...(round.problems ?? []),
    ...(round.waivers ? waiverNotices(index, account.used) : []),
    ...(round.baseline ? baselineNotices(round.baseline, current) : []),
  ];
  const problemCounts = withProblems(result.problemCounts, added);
  const changes = round.baseline ? account.changes : undefined;
  const summary: Checked['summary'] = {
    ...result.summary,
    problems: result.summary.problems + added.length,
    ...(changes ? { changes } : {}),
  };
  const failing = round.failOnNew ? account.newFailing : account.failing;
  return {
    ...result,
    summary,
    problems: [...result.problems, ...added],
    problemCounts,
    exitCode: exitCode({ failing }, problemCounts.errors, round.failOn),
  };
}

/** The counts of a check's problems with the round's own added. */
function withProblems(counts: ProblemCounts, added: readonly Problem[]): ProblemCounts {
  const byCode = { ...counts.byCode };
  let errors = counts.errors;
  for (const problem of added) {
    if (problem.level === 'error') errors++;
    const seen = byCode[problem.code];
    byCode[problem.code] = seen
      ? { ...seen, count: seen.count + 1 }
      : { count: 1, level: problem.level, first: { file: problem.file, line: problem.line } };
  }
  return { errors, byCode };
}
