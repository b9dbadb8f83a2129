// The bulletin's later sections: the targets missed, each county's misses, the data problems, the inputs.
import { formatLocation } from '../../errors.js';
import type { CheckResult, ShownProblem, RuleInfo } from '../../model/types.js';
import { verdictText } from '../words.js';
import type { TargetTally } from './charts.js';
import { escapeHtml as e } from './escape.js';
import { ruleNumbers, statusCell, statusWord } from './overview.js';
import type { CountyDigest } from '../county-digest.js';
import { allProblems } from '../parts.js';
import { asOfLine, kindOfPeriods, WORDS } from './words.js';
import { unbroken } from './lead.js';
import { periodText } from '../period.js';

/** Cards at most, worst first; problems at most. */
export const MAX_CARDS = 100;
export const MAX_PROBLEMS = 500;

/**
 * A chart for each target some county misses; a target without figures (yes/no, a count) as the
 * counties that miss it; the targets no county misses named together in one sentence.
 */
export function chartSection(result: CheckResult, tallies: readonly TargetTally[], digest: CountyDigest): string {
  const manyYears = digest.years.size > 1;
  const numbers = ruleNumbers(result);
  const title = (rule: RuleInfo): string => `<b>${numbers.get(rule.id)}</b> ${e(rule.title)}`;
  const quote = (rule: RuleInfo): string =>
    `<p class="quote">${WORDS.paragraph(rule.paragraph)}${WORDS.colon}“${e(rule.quote)}”</p>`;
  const missed = tallies.filter((tally) => tally.missCount > 0);
  const drawn = missed.filter((tally) => tally.rule.figures !== undefined && tally.figured);
  const listed = missed.filter((tally) => !drawn.includes(tally));
  const charts = drawn.map((tally) => {
    const rule = tally.rule;
    const chart = tally.chart(manyYears);
    return `<div class="chart" data-rule="${e(rule.id)}"><h3>${title(rule)} <span class="count">${WORDS.missedBy(tally.missCount)}</span></h3>${quote(rule)}${chart.notes.map((note) => `<p class="note">${unbroken(e(note))}</p>`).join('')}${chart.svg}</div>`;
  });
  // A yes/no or a count: the counties that miss it say more than bars would.
  const lists = listed.map((tally) => {
    const rule = tally.rule;
    const names = tally.missed.map(
      (m) =>
        `<span class="who"><span class="county">${e(m.county ?? '?')}${manyYears ? ` ${e(m.period)}` : ''}</span> ${statusWord(m.verdict.status)} ${e(verdictText(m.verdict))}</span>`,
    );
    const more = tally.missCount > tally.missed.length ? WORDS.andMore(tally.missCount) : '';
    return `<tr class="list" data-rule="${e(rule.id)}"><td class="num">${numbers.get(rule.id)}</td><td>${e(rule.title)}${quote(rule)}</td><td class="num">${tally.missCount}</td><td>${names.join(WORDS.listJoin)}${more}</td></tr>`;
  });
  const listTable =
    lists.length > 0
      ? `<table class="lists"><thead><tr><th>${WORDS.number}</th><th>${WORDS.target}</th><th>${WORDS.missCount}</th><th>${WORDS.whoMisses}</th></tr></thead><tbody>${lists.join('')}</tbody></table>`
      : '';
  const met = tallies.filter((tally) => tally.missCount === 0).map((tally) => title(tally.rule));
  const metLine = met.length > 0 ? `<p class="met-all">${unbroken(WORDS.noneMiss(met.join(WORDS.listJoin)))}</p>` : '';
  return `<section id="charts">\n<h2>${WORDS.charts}</h2>\n${metLine}\n${listTable}\n<div class="charts">${charts.join('\n')}</div>\n</section>`;
}

/**
 * Each county's misses, worst county first, one line a miss; a county's lines are kept together.
 * The digest keeps the MAX_CARDS worst rows with misses and the first MAX_CARDS that miss nothing.
 */
export function cardSection(result: CheckResult, digest: CountyDigest): string {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  const numbers = ruleNumbers(result);
  const groups = [...digest.worstMissing].reverse().map((row) => {
    const where = row.misses[0]?.location ? formatLocation(row.misses[0].location) : '';
    const head = `<tr class="who-row"><td colspan="4"><b class="county">${e(row.county ?? '?')}</b> ${periodText(row)} · ${WORDS.met} ${WORDS.metOf(row.met, row.applicable)}${where === '' ? '' : ` · <span class="note">${e(where)}</span>`}</td></tr>`;
    const lines = row.misses.map((v) => {
      const rule = rules.get(v.rule);
      return `<tr><td class="num">${numbers.get(v.rule) ?? ''}</td><td>${e(rule?.title ?? v.rule)}</td>${statusCell(v.status)}<td>${e(verdictText(v))}</td></tr>`;
    });
    return `<tbody class="card">${head}${lines.join('')}</tbody>`;
  });
  const missing = digest.withMisses;
  const note =
    missing > MAX_CARDS
      ? `<p class="note">${WORDS.leftOut(MAX_CARDS, missing, WORDS.countyRows[kindOfPeriods(digest.years)])}</p>`
      : '';
  const metList =
    digest.allMet > 0
      ? `<p class="met-all">${WORDS.allMet}${WORDS.colon}${digest.firstMet.map((row) => `${e(row.county ?? '?')} ${periodText(row)}`).join(WORDS.listJoin)}${digest.allMet > MAX_CARDS ? ' ……' : ''}</p>`
      : '';
  const table =
    groups.length > 0
      ? `<table class="cards"><thead><tr><th>${WORDS.number}</th><th>${WORDS.target}</th><th></th><th>${WORDS.figure}</th></tr></thead>${groups.join('\n')}</table>`
      : '';
  return `<section id="cards">\n<h2>${WORDS.cards}</h2>\n${metList}${note}${table}${missing === 0 ? `<p>${WORDS.noMisses}</p>` : ''}\n</section>`;
}

/** The first MAX_PROBLEMS problems, wherever the run keeps them, and how many there are in all. */
export function problemSection(result: CheckResult): string {
  const problems: ShownProblem[] = [];
  for (const problem of allProblems(result)) {
    if (problems.length === MAX_PROBLEMS) break;
    problems.push(problem);
  }
  const count = Math.max(result.summary.problems, problems.length);
  if (count === 0) return `<section id="problems">\n<h2>${WORDS.problems}</h2>\n<p>${WORDS.noProblems}</p>\n</section>`;
  const body = problems.map((p) => {
    const where = formatLocation({ file: p.file, line: p.line, column: p.columnNumber });
    return `<tr><td>${e(where)}</td><td>${e(p.column ?? '')}</td><td>${p.level === 'error' ? WORDS.error : WORDS.notice}</td><td>${e(p.code)}</td><td>${e(p.message)}</td></tr>`;
  });
  const note = count > MAX_PROBLEMS ? `<p class="note">${WORDS.problemsLeftOut(MAX_PROBLEMS, count)}</p>` : '';
  return `<section id="problems">
<h2>${WORDS.problems}</h2>
${note}<table><thead><tr><th>${WORDS.location}</th><th>${WORDS.column}</th><th>${WORDS.level}</th><th>${WORDS.code}</th><th>${WORDS.message}</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>
</section>`;
}

export function provenanceSection(result: CheckResult): string {
  const inputs = result.inputs.map(
    (i) =>
      `<tr><td>${e(i.file)}</td><td>${e(i.format)}</td><td>${e(i.encoding ?? '')}</td><td class="num">${i.rows}</td></tr>`,
  );
  return `<section id="provenance">
<h2>${WORDS.provenance}</h2>
<table><thead><tr><th>${WORDS.file}</th><th>${WORDS.format}</th><th>${WORDS.encoding}</th><th>${WORDS.rows}</th></tr></thead><tbody>${inputs.join('')}</tbody></table>
<p>${WORDS.pack}: ${e(result.pack.title)} (${e(result.pack.id)}) · ${WORDS.generated}: ${e(asOfLine(result))} · ${WORDS.tool}: ${e(result.tool.name)} ${e(result.tool.version)}</p>
</section>`;
}
