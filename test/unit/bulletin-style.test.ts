// The bulletin's print rules, as a browser reads them: A4 landscape, no page forced per section,
// table heads repeated, a verdict's word kept on one line. The printed PDF itself is checked in
// test/e2e/bulletin-browser.test.ts.
import { describe, expect, it } from 'vitest';
import { STYLE } from '../../src/report/html/style.js';

describe('the bulletin stylesheet', () => {
  it('sets the page to A4 landscape', () => {
    expect(STYLE).toMatch(/@page \{ size: A4 landscape;/);
  });

  it('forces no page break, so no page holds a section’s tail alone', () => {
    expect(STYLE).not.toMatch(/break-before: *(page|always)/);
  });

  it('repeats table heads on each printed page and keeps a heading with what follows', () => {
    expect(STYLE).toMatch(/thead \{ display: table-header-group; \}/);
    expect(STYLE).toMatch(/h2, h3 \{ break-after: avoid;/);
  });

  it('never breaks a verdict’s word', () => {
    expect(STYLE).toMatch(/\.status, td\.status[^{]*\{ white-space: nowrap; word-break: keep-all; \}/);
  });
});
