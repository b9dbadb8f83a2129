// The HTML bulletin: one self-contained page an analyst forwards or prints on A4 landscape.
// No script, and a policy that forbids loading anything: it opens the same from a USB stick.
import type { Reporter } from '../types.js';
import { cardSection, chartSection, problemSection, provenanceSection } from './details.js';
import { escapeHtml } from './escape.js';
import { matrixSection, rankingSection, summarySection } from './overview.js';
import { countyRows } from '../county-rows.js';
import { STYLE } from './style.js';
import { WORDS } from './words.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const html: Reporter = (result) => {
  const rows = countyRows(result);
  const sections = [
    summarySection(result, rows),
    rankingSection(rows),
    matrixSection(result, rows),
    chartSection(result, rows),
    cardSection(result, rows),
    problemSection(result),
    provenanceSection(result),
  ];
  return `<!DOCTYPE html>
<html lang="${WORDS.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(result.pack.title)} · ${WORDS.title}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
};
