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
 * The rules a result lists: those that made a verdict. A rule whose table had no rows in the run
 * (the yearly targets on a check of the monthly returns alone, the monthly price subsidy on one of
 * the yearly return alone) made none and is left out, so that a report lists no target as judged
 * 0/0 for want of its table; its verdicts, none, are not lost. A run in which no rule made one (no
 * row read, or only a price index) lists the rules of the pack's first table, as it always has.
 */
function rulesShown(pack: Pick<Pack, 'rules' | 'fields'>, counts: LaneAccount['ruleCounts']): Pack['rules'] {
  const made = (id: string): boolean => Object.values(counts[id] ?? {}).some((count) => count > 0);
  const shown = pack.rules.filter((rule) => made(rule.id));
  if (shown.length > 0) return shown;
  const first = tablesOf(pack.fields)[0]!;
  return pack.rules.filter((rule) => tableNamed(pack.fields, rule.table) === first);
}
