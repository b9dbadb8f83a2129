// The HTML bulletin: one self-contained page an analyst forwards or prints on A4 landscape.
// No script, and a policy that forbids loading anything: it opens the same from a USB stick.
import type { Reporter } from '../types.js';
import { cardSection, chartSection, problemSection, provenanceSection } from './details.js';
import { bulletinTitle, matrixSection, summarySection } from './overview.js';
import { countyDigest, digestBuilder, type ArrivedRow, type CountyDigest } from '../county-digest.js';
import { LeadTally } from './lead.js';
import type { CheckResult, ShownVerdict as Verdict } from '../../model/types.js';
import { allFindings } from '../parts.js';
import { TargetTally } from './charts.js';
import { MonthTally } from './months.js';
import { MAX_CARDS } from './details.js';
import { MAX_ROWS } from './overview.js';
import { STYLE } from './style.js';
import { WORDS } from './words.js';
import { visible } from '../../model/visible.js';
import { unsaidFindings } from '../shown.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const LIMITS = { first: MAX_ROWS, last: MAX_ROWS / 2, worstMissing: MAX_CARDS, firstMet: MAX_CARDS };

/** Passes over the findings made ahead, by `prepareBulletin`, for the result they were made of. */
interface Passes {
  digest: CountyDigest;
  tallies: TargetTally[];
  lead: LeadTally;
  months: MonthTally;
}
const prepared = new WeakMap<CheckResult, Passes>();

/** What the one pass over the findings tallies beside the digest, a county row at a time. */
function tallying(result: CheckResult): { tallies: TargetTally[]; lead: LeadTally; each: (row: ArrivedRow) => void } {
  const tallies = result.rules.map((rule) => new TargetTally(rule));
  const lead = new LeadTally();
  return {
    tallies,
    lead,
    each: (row) => {
      lead.add(row);
      for (const tally of tallies) tally.add(row);
    },
  };
}

/**
 * Makes the bulletin's one pass over the findings ahead of the page, awaiting `pause` every few
 * thousand verdicts: a run of millions of verdicts then hears a Ctrl-C while it is made.
 */
export async function prepareBulletin(result: CheckResult, pause: () => Promise<void>): Promise<void> {
  if (prepared.has(result)) return;
  const { tallies, lead, each } = tallying(result);
  const builder = digestBuilder(LIMITS, each);
  const months = new MonthTally();
  // A large run's verdicts are read as made, unsaid: the pass reads their statuses and figures,
  // and only the few hundred the page shows are said, once it knows which.
  const unsaid = unsaidFindings(result);
  let count = 0;
  for (const made of unsaid?.findings() ?? allFindings(result)) {
    // A whole-data-set verdict is the result's own, kept for another reading: said as a copy.
    const verdict = unsaid !== undefined && made.scope === 'total' ? unsaid.words.copy(made) : (made as Verdict);
    builder.add(verdict);
    months.add(verdict);
    if (++count % 4096 === 0) await pause();
  }
  const digest = builder.end();
  if (unsaid !== undefined) {
    // What the page says of a county verdict: the misses on the cards and in the lists of a target.
    for (const row of digest.worstMissing) for (const verdict of row.misses) unsaid.words.inPlace(verdict);
    for (const tally of tallies) for (const { verdict } of tally.missed) unsaid.words.inPlace(verdict);
  }
  prepared.set(result, { digest, tallies, lead, months });
}

function madeNow(result: CheckResult): Passes {
  const { tallies, lead, each } = tallying(result);
  const months = new MonthTally();
  const seen = function* (): Iterable<Verdict> {
    for (const verdict of allFindings(result)) {
      months.add(verdict);
      yield verdict;
    }
  };
  return { digest: countyDigest(seen(), LIMITS, each), tallies, lead, months };
}

export const html: Reporter = (result, context) => {
  // One pass over the findings, wherever the run keeps them: what the page shows is bounded, so
  // only that is held, whatever the number of rows.
  const { digest, tallies, lead, months } = prepared.get(result) ?? madeNow(result);
  const monthly = months.sections(result);
  const sections = [
    summarySection(result, digest, lead.sentences(result.rules, digest.totals), context.bulletin),
    matrixSection(result, digest),
    // Only a run with monthly verdicts (the price subsidy) has these: a yearly bulletin is as it was.
    ...(monthly === '' ? [] : [monthly]),
    chartSection(result, tallies, digest),
    cardSection(result, digest),
    problemSection(result),
    provenanceSection(result),
  ];
  // Every part is escaped where it is made; the page as a whole still holds no character that
  // could act on a terminal it is sent to (model/visible.ts), whatever part forgot.
  return visible(
    `<!DOCTYPE html>
<html lang="${WORDS.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bulletinTitle(result, context.bulletin)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`,
    '\n\t',
  );
};
