// Where a check's messages become words: a result made in no language, said in a report's. Each
// problem is said as it is read, from memory or from its spool, so a language costs nothing until
// a report is written in it.
import type { CheckResult, Checked, Problem, ShownProblem, Spooled } from '../model/types.js';
import { render } from '../words/message.js';
import type { Lang } from '../words/words.js';

/** The result with every message said in `lang`; the check's own result is left as it is. */
export function shownIn(result: Checked, lang: Lang): CheckResult {
  const { spooled, ...rest } = result;
  const shown: CheckResult = { ...rest, problems: result.problems.map((problem) => shownProblem(problem, lang)) };
  if (spooled) shown.spooled = shownSpooled(spooled, lang);
  return shown;
}

/** A problem with its message said in `lang`, its fields in their order. */
export function shownProblem(problem: Problem, lang: Lang): ShownProblem {
  return { ...problem, message: render(problem.message, lang) };
}

function shownSpooled({ problems, ...verdicts }: Spooled<Problem>, lang: Lang): Spooled {
  return problems ? { ...verdicts, problems: () => shownEach(problems(), lang) } : verdicts;
}

function* shownEach(problems: Iterable<Problem>, lang: Lang): Generator<ShownProblem> {
  for (const problem of problems) yield shownProblem(problem, lang);
}
