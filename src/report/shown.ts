// Where a check's messages become words: a result made in no language, said in a report's. Each
// problem and verdict is said as it is read, from memory or from its spool, so a language costs
// nothing until a report is written in it, and the same result may be said in another.
import type {
  CheckResult,
  Checked,
  Problem,
  RuleInfo,
  ShownProblem,
  ShownVerdict,
  Spooled,
  Verdict,
} from '../model/types.js';
import { dueNote } from '../engine/show.js';
import { render } from '../words/message.js';
import type { Lang } from '../words/words.js';

/** The result with every message said in `lang`; the check's own result is left as it is. */
export function shownIn(result: Checked, lang: Lang): CheckResult {
  const { spooled, findings, problems, ...rest } = result;
  const said = new VerdictWords(lang, result.rules);
  const shown: CheckResult = {
    ...rest,
    lang,
    findings: findings.map((verdict) => said.copy(verdict)),
    problems: problems.map((problem) => shownProblem(problem, lang)),
  };
  if (spooled) shown.spooled = shownSpooled(spooled, said);
  return shown;
}

/** A problem with its message said in `lang`, its fields in their order. */
export function shownProblem(problem: Problem, lang: Lang): ShownProblem {
  return { ...problem, message: render(problem.message, lang) };
}

/**
 * Says verdicts in one language. A judged county verdict has no message of its own: it is said
 * from its rule's title, its comparison and detail, and its due date, as the engine once wrote it.
 */
export class VerdictWords {
  private readonly titles: ReadonlyMap<string, string>;

  constructor(
    readonly lang: Lang,
    rules: readonly Pick<RuleInfo, 'id' | 'title'>[],
  ) {
    this.titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  }

  comparison(verdict: Verdict | ShownVerdict): string | null {
    const comparison = verdict.comparison;
    return comparison === null || typeof comparison === 'string' ? comparison : render(comparison, this.lang);
  }

  detail(verdict: Verdict | ShownVerdict): string | null {
    const detail = verdict.detail;
    return detail === null || typeof detail === 'string' ? detail : render(detail, this.lang);
  }

  message(verdict: Verdict | ShownVerdict): string {
    const message = verdict.message;
    if (message !== undefined) return typeof message === 'string' ? message : render(message, this.lang);
    const said = this.detail(verdict);
    const detail = said === null ? '' : ` (${said})`;
    const due = render(dueNote(verdict.waiver?.status ?? verdict.status, verdict.due), this.lang);
    return `${this.titles.get(verdict.rule) ?? verdict.rule}: ${this.comparison(verdict) ?? ''}${detail}${due}`;
  }

  /** A new verdict, said: for a result that may be said again. */
  copy(verdict: Verdict): ShownVerdict {
    return {
      ...verdict,
      comparison: this.comparison(verdict),
      detail: this.detail(verdict),
      message: this.message(verdict),
    };
  }

  /** The verdict itself, said: for one made afresh for this reading alone, at no object's cost. */
  inPlace(verdict: Verdict): ShownVerdict {
    const shown = verdict as unknown as ShownVerdict;
    shown.comparison = this.comparison(verdict);
    shown.message = this.message(verdict);
    shown.detail = this.detail(verdict);
    return shown;
  }
}

/** The spooled parts said as they are read; spooled verdicts are judged afresh at each reading, and said in place. */
function shownSpooled(spooled: Spooled<Problem, Verdict>, said: VerdictWords): Spooled {
  const shown: Spooled = {};
  const { problems, findings, byRule } = spooled;
  if (problems) shown.problems = () => shownEach(problems(), said.lang);
  if (findings) shown.findings = (rule) => saidEach(findings(rule), said);
  if (byRule)
    shown.byRule = (cases) =>
      byRule({
        ...cases,
        render: (verdict) => cases.render(verdict.scope === 'total' ? said.copy(verdict) : said.inPlace(verdict)),
      });
  return shown;
}

function* shownEach(problems: Iterable<Problem>, lang: Lang): Generator<ShownProblem> {
  for (const problem of problems) yield shownProblem(problem, lang);
}

function* saidEach(verdicts: Iterable<Verdict>, said: VerdictWords): Generator<ShownVerdict> {
  // The whole-data-set ones are the result's own, held for another reading.
  for (const verdict of verdicts) yield verdict.scope === 'total' ? said.copy(verdict) : said.inPlace(verdict);
}
