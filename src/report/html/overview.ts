// The bulletin's first sections: the summary, the ranking and the county × target matrix.
import type { CheckResult, Status } from '../../model/types.js';
import type { BulletinHeading } from '../types.js';
import { escapeHtml as e } from './escape.js';
import type { CountyDigest, DigestRow } from '../county-digest.js';
import { asOfLine, kindOfPeriods, STATUS_LABEL, WORDS } from './words.js';
import { STATUS_MARK } from '../words.js';
import { STATUSES } from '../../model/types.js';
import { periodKind, periodText } from '../period.js';
import { leadSection, unbroken } from './lead.js';
import { missesNothing } from '../../engine/outcome.js';

/** County-years the ranking and the matrix list at most: a national file would give a page no one can open. */
export const MAX_ROWS = 200;

/** The bulletin's title: the config's, else the pack's title with the word for a bulletin. */
export function bulletinTitle(result: Pick<CheckResult, 'pack'>, heading: BulletinHeading | undefined): string {
  return heading?.title !== undefined ? e(heading.title) : `${e(result.pack.title)} · ${WORDS.title}`;
}

export function summarySection(
  result: CheckResult,
  digest: CountyDigest,
  lead: readonly string[],
  heading?: BulletinHeading,
): string {
  const s = result.summary;
  const chips = STATUSES.filter((status) => s[status] > 0).map(
    (status) => `<span class="status s-${status}">${STATUS_MARK[status]} ${STATUS_LABEL[status]} ${s[status]}</span>`,
  );
  const { allMet, totals } = digest;
  const rows = WORDS.countyRows[kindOfPeriods(digest.years)];
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  const totalRows = totals.map(
    (v) =>
      `<tr><td>${e(titles.get(v.rule) ?? v.rule)}</td><td>${v.period ?? v.year ?? ''}</td>${statusCell(v.status)}<td>${e(v.comparison ?? v.message)}${v.detail ? ` (${e(v.detail)})` : ''}</td></tr>`,
  );
  return `<section id="summary">
<header class="masthead">${heading?.issuer === undefined ? '' : `<p class="issuer">${e(heading.issuer)}</p>`}
<h1>${bulletinTitle(result, heading)}</h1>
${heading?.date === undefined ? '' : `<p class="date">${e(heading.date)}</p>`}<p class="sub">${e(asOfLine(result))}</p></header>
${leadSection(lead)}
<h2>${WORDS.summary}</h2>
<p>${s.rows} ${WORDS.rowsUnit} · ${digest.rows} ${rows} × ${result.rules.length} ${WORDS.rules} · ${WORDS.allMet}: ${allMet} · ${WORDS.problems}: ${s.problems}</p>
<p class="chips">${chips.join('')}</p>
<p class="verdict">${unbroken(missesNothing(result) ? WORDS.exitPass : WORDS.exitFail)}</p>
${totals.length > 0 ? `<h3>${WORDS.prefecture}</h3><table><thead><tr><th>${WORDS.target}</th><th>${WORDS.periodHead[periodKind(totals)]}</th><th></th><th>${WORDS.figure}</th></tr></thead><tbody>${totalRows.join('')}</tbody></table>` : ''}
</section>`;
}

export function statusCell(status: Status): string {
  return `<td class="status s-${status}" title="${STATUS_LABEL[status]}">${STATUS_MARK[status]} ${STATUS_LABEL[status]}</td>`;
}

/** The rows to list: all of them, or the first and last MAX_ROWS/2 with the number left out between. */
function bounded(digest: CountyDigest): (DigestRow | number)[] {
  if (digest.rows <= MAX_ROWS) return digest.first;
  const half = MAX_ROWS / 2;
  return [...digest.first.slice(0, half), digest.rows - MAX_ROWS, ...digest.last.slice(-half)];
}

function leftOutNote(digest: CountyDigest): string {
  const rows = WORDS.countyRows[kindOfPeriods(digest.years)];
  return digest.rows > MAX_ROWS ? `<p class="note">${WORDS.leftOut(MAX_ROWS, digest.rows, rows)}</p>` : '';
}

/** A target's number in the matrix's heads and its key: its place in the pack, from 1. */
export function ruleNumbers(result: Pick<CheckResult, 'rules'>): Map<string, number> {
  return new Map(result.rules.map((rule, index) => [rule.id, index + 1]));
}

/** A verdict's mark and word, kept on one line. */
export function statusWord(status: Status): string {
  return `<span class="status s-${status}">${STATUS_MARK[status]} ${STATUS_LABEL[status]}</span>`;
}

/** The ranking and the county × target matrix in one table: numbered heads, and their key. */
export function matrixSection(result: CheckResult, digest: CountyDigest): string {
  const head = result.rules.map((rule, index) => `<th class="rule" title="${e(rule.id)}">${index + 1}</th>`).join('');
  const width = result.rules.length + 4;
  const kind = kindOfPeriods(digest.years);
  const body = bounded(digest).map((row) => {
    if (typeof row === 'number')
      return `<tr class="gap"><td colspan="${width}">${WORDS.gap(row, WORDS.countyRows[kind])}</td></tr>`;
    const marks = result.rules.map((rule) => {
      const status = row.statuses.get(rule.id);
      // A target of another table than the row's (a monthly target on a yearly row) has no verdict: a blank cell.
      if (status === undefined) return '<td class="mark"></td>';
      return `<td class="mark s-${status}" title="${STATUS_LABEL[status]}">${STATUS_MARK[status]}</td>`;
    });
    // A row where no target applies has no place: a dash, as for a target that does not apply.
    const rank = row.rank > 0 ? String(row.rank) : STATUS_MARK.not_applicable;
    return `<tr><td class="num">${rank}</td><td class="county">${e(row.county ?? '?')}</td><td>${periodText(row)}</td><td class="num">${WORDS.metOf(row.met, row.applicable)}</td>${marks.join('')}</tr>`;
  });
  const legend = STATUSES.map((status) => statusWord(status)).join(' ');
  const key = result.rules.map((rule, index) => `<li><b>${index + 1}</b> ${e(rule.title)}</li>`).join('');
  return `<section id="matrix">
<h2>${WORDS.matrix}</h2>
${leftOutNote(digest)}
<table class="matrix"><thead><tr><th>${WORDS.rank}</th><th>${WORDS.county}</th><th>${WORDS.periodHead[kind]}</th><th>${WORDS.met}/${WORDS.applicable}</th>${head}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
<div class="key"><p class="legend">${WORDS.legend}${WORDS.colon}${legend}</p><p>${WORDS.keyHead}${WORDS.colon}</p><ol class="key">${key}</ol></div>
</section>`;
}
