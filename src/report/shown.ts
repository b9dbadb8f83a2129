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
import { render, type Text } from '../words/message.js';
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
  const verdicts = spooled?.findings;
  if (verdicts) unsaid.set(shown, { findings: () => verdicts(), words: said });
  return shown;
}

/** The findings of a spooled result not yet said, and the words to say them in, by the result said. */
const unsaid = new WeakMap<CheckResult, { findings: () => Iterable<Verdict>; words: VerdictWords }>();

/**
 * The findings of a large run as made, unsaid, and the words to say them in: for a report that reads
 * millions of verdicts and shows a few hundred (the bulletin), which says only those it keeps.
 * Undefined where the findings are held in memory, said.
 */
export function unsaidFindings(
  result: CheckResult,
): { findings: () => Iterable<Verdict>; words: VerdictWords } | undefined {
  return unsaid.get(result);
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
  /**
   * Messages said before, by the object: a yes/no comparison is one of a few shared messages
   * (engine/show.ts), said once rather than once a verdict. Bounded: emptied when full.
   */
  private readonly said = new Map<object, string>();

  constructor(
    readonly lang: Lang,
    rules: readonly Pick<RuleInfo, 'id' | 'title'>[],
  ) {
    this.titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  }

  comparison(verdict: Verdict | ShownVerdict): string | null {
    const comparison = verdict.comparison;
    return comparison === null || typeof comparison === 'string' ? comparison : this.render(comparison);
  }

  detail(verdict: Verdict | ShownVerdict): string | null {
    const detail = verdict.detail;
    return detail === null || typeof detail === 'string' ? detail : this.render(detail);
  }

  message(verdict: Verdict | ShownVerdict): string {
    const message = verdict.message;
    if (message !== undefined) return typeof message === 'string' ? message : this.render(message);
    return this.judged(verdict, this.comparison(verdict), this.detail(verdict));
  }

  /** The message of a verdict whose comparison and detail are said already. */
  messageWith(verdict: Verdict | ShownVerdict, comparison: string | null, detail: string | null): string {
    const message = verdict.message;
    if (message !== undefined) return typeof message === 'string' ? message : this.render(message);
    return this.judged(verdict, comparison, detail);
  }

  /** What a judged verdict's rule title, comparison, detail and due date say. */
  private judged(verdict: Verdict | ShownVerdict, comparison: string | null, detail: string | null): string {
    return `${this.titles.get(verdict.rule) ?? verdict.rule}: ${comparison ?? ''}${detail === null ? '' : ` (${detail})`}${this.due(verdict)}`;
  }

  /** What a miss says of its deadline; nothing for a verdict without one. */
  due(verdict: Verdict | ShownVerdict): string {
    if (verdict.due === undefined) return '';
    return render(dueNote(verdict.waiver?.status ?? verdict.status, verdict.due), this.lang);
  }

  /** The title of a rule, in the run's language. */
  title(rule: string): string {
    return this.titles.get(rule) ?? rule;
  }

  /** A new verdict, said: for a result that may be said again. */
  copy(verdict: Verdict): ShownVerdict {
    const comparison = this.comparison(verdict);
    const detail = this.detail(verdict);
    return { ...verdict, comparison, detail, message: this.messageWith(verdict, comparison, detail) };
  }

  /** The verdict itself, said: for one made afresh for this reading alone, at no object's cost. */
  inPlace(verdict: Verdict): ShownVerdict {
    const shown = verdict as unknown as ShownVerdict;
    const comparison = this.comparison(verdict);
    const detail = this.detail(verdict);
    shown.comparison = comparison;
    shown.message = this.messageWith(verdict, comparison, detail);
    shown.detail = detail;
    return shown;
  }

  private render(message: Exclude<Text, string>): string {
    let text = this.said.get(message);
    if (text === undefined) {
      if (this.said.size >= SAID_KEPT) this.said.clear();
      this.said.set(message, (text = render(message, this.lang)));
    }
    return text;
  }
}

/** Messages a VerdictWords keeps said, at most. */
const SAID_KEPT = 256;

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
