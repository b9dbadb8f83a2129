// A check's result, from its lane's account: the same whichever shell ran it (the command line,
// the library, or a page), given the tool's name and version.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { measureKindOf } from '../measures/index.js';
import type { CheckResult, Problem } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { asOfField } from './dates.js';
import type { LaneAccount } from './lane.js';

/** The check's result, from a lane's account; the problems past those held, when they are spooled. */
export function resultOfRun(
  tool: CheckResult['tool'],
  pack: Pick<Pack, 'id' | 'title' | 'rules'>,
  options: { asOf: string | undefined; today: string; failOn: FailOn },
  account: LaneAccount,
  rest: (() => Iterable<Problem>) | undefined,
): CheckResult {
  const { problems } = account;
  return {
    tool,
    pack: { id: pack.id, title: pack.title },
    asOf: asOfField(options.asOf),
    today: options.today,
    inputs: account.inputs,
    rules: pack.rules.map(({ id, title, severity, paragraph, quote, description, measure }) => ({
      id,
      title,
      severity,
      paragraph,
      quote,
      description,
      figures: measureKindOf(measure).figures,
    })),
    summary: { rows: account.rows, ...account.county, problems: problems.count, totals: account.total },
    ruleCounts: account.ruleCounts,
    findings: account.findings,
    problems: problems.held,
    problemCounts: problems.counts,
    ...(rest ? { spooled: { problems: rest } } : {}),
    exitCode: exitCode(account, problems.counts.errors, options.failOn),
  };
}
