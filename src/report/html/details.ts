// The bulletin's later sections: a chart per target, a card per county, the data problems, the inputs.
import { formatLocation } from '../../errors.js';
import type { CheckResult, Problem } from '../../model/types.js';
import { verdictText } from '../words.js';
import type { TargetTally } from './charts.js';
import { escapeHtml as e } from './escape.js';
import { statusCell } from './overview.js';
import type { CountyDigest } from '../county-digest.js';
import { allProblems } from '../parts.js';
import { asOfLine, WORDS } from './words.js';
import { periodText } from '../period.js';

/** Cards at most, worst first; problems at most. */
export const MAX_CARDS = 100;
export const MAX_PROBLEMS = 500;

export function chartSection(tallies: readonly TargetTally[], digest: CountyDigest): string {
  const manyYears = digest.years.size > 1;
  const charts = tallies.map((tally) => {
    const chart = tally.chart(manyYears);
    const rule = tally.rule;
    return `<div class="chart" data-rule="${e(rule.id)}"><h3>${e(rule.title)}</h3>${chart.notes.map((note) => `<p class="note">${e(note)}</p>`).join('')}${chart.svg}</div>`;
  });
  return `<section id="charts">\n<h2>${WORDS.charts}</h2>\n${charts.join('\n')}\n</section>`;
}

/** The digest keeps the MAX_CARDS worst rows with misses and the first MAX_CARDS that miss nothing. */
export function cardSection(result: CheckResult, digest: CountyDigest): string {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  const cards = [...digest.worstMissing].reverse().map((row) => {
    const where = row.misses[0]?.location ? formatLocation(row.misses[0].location) : '';
    const lines = row.misses.map((v) => {
      const rule = rules.get(v.rule);
      return `<tr><td>${e(rule?.title ?? v.rule)}</td>${statusCell(v.status)}<td>${e(verdictText(v))}</td></tr>${rule ? `<tr><td colspan="3" class="quote">${WORDS.paragraph(rule.paragraph)}${WORDS.colon}“${e(rule.quote)}”</td></tr>` : ''}`;
    });
    return `<div class="card"><h3>${e(row.county ?? '?')} ${periodText(row)} · ${WORDS.met} ${WORDS.metOf(row.met, row.applicable)}</h3><p class="note">${e(where)}</p><table><thead><tr><th>${WORDS.target}</th><th></th><th>${WORDS.figure}</th></tr></thead><tbody>${lines.join('')}</tbody></table></div>`;
  });
  const missing = digest.withMisses;
  const note = missing > MAX_CARDS ? `<p class="note">${WORDS.leftOut(MAX_CARDS, missing, WORDS.countyRows)}</p>` : '';
  const metList =
    digest.allMet > 0
      ? `<p class="met-all">${WORDS.allMet}${WORDS.colon}${digest.firstMet.map((row) => `${e(row.county ?? '?')} ${periodText(row)}`).join(WORDS.listJoin)}${digest.allMet > MAX_CARDS ? ' ……' : ''}</p>`
      : '';
  return `<section id="cards">\n<h2>${WORDS.cards}</h2>\n${metList}${note}<div class="cards">${cards.join('\n')}</div>${missing === 0 ? `<p>${WORDS.noMisses}</p>` : ''}\n</section>`;
}

/** The first MAX_PROBLEMS problems, wherever the run keeps them, and how many there are in all. */
export function problemSection(result: CheckResult): string {
  const problems: Problem[] = [];
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
