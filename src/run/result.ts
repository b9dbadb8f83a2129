// A check's result, from its lane's account: the same whichever shell ran it (the command line,
// the library, or a page), given the tool's name and version.
import { exitCode, type FailOn } from '../engine/outcome.js';
import { measureKindOf } from '../measures/index.js';
import { tableNamed, tablesOf } from '../model/tables.js';
import type { Checked, Problem } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { asOfField } from './dates.js';
import type { LaneAccount } from './lane.js';

/** The check's result, from a lane's account; the problems past those held, when they are spooled. */
export function resultOfRun(
  tool: Checked['tool'],
  pack: Pick<Pack, 'id' | 'title' | 'rules' | 'fields'>,
  options: { asOf: string | undefined; today: string; failOn: FailOn },
  account: LaneAccount,
  rest: (() => Iterable<Problem>) | undefined,
): Checked {
  const { problems } = account;
  const rules = rulesShown(pack, account.ruleCounts);
  return {
    tool,
    pack: { id: pack.id, title: pack.title },
    asOf: asOfField(options.asOf),
    today: options.today,
    inputs: account.inputs,
    rules: rules.map(({ id, title, severity, paragraph, quote, description, measure }) => ({
      id,
      title,
      severity,
      paragraph,
      quote,
      description,
      figures: measureKindOf(measure).figures,
    })),
    summary: { rows: account.rows, ...account.county, problems: problems.count, totals: account.total },
    ruleCounts:
      rules.length === pack.rules.length
        ? account.ruleCounts
        : Object.fromEntries(rules.map((rule) => [rule.id, account.ruleCounts[rule.id]!])),
    findings: account.findings,
    problems: problems.held,
    problemCounts: problems.counts,
    ...(rest ? { spooled: { problems: rest } } : {}),
    exitCode: exitCode(account, problems.counts.errors, options.failOn),
  };
}

/**
 * The rules a result lists: a rule of a table other than the pack's first (the built-in pack's
 * monthly price subsidy) that made no verdict, its table having no rows in the run, is left out,
 * so that a check of the yearly return alone reads as it did before the pack had that table.
 */
function rulesShown(pack: Pick<Pack, 'rules' | 'fields'>, counts: LaneAccount['ruleCounts']): Pack['rules'] {
  const first = tablesOf(pack.fields)[0]!;
  const made = (id: string): boolean => Object.values(counts[id] ?? {}).some((count) => count > 0);
  return pack.rules.filter((rule) => tableNamed(pack.fields, rule.table) === first || made(rule.id));
}
