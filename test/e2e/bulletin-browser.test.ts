// The HTML bulletin opened as an analyst opens it: from file:// in a real browser (Debian's
// chromium, driven by playwright-core). Screenshots and the printed PDF land in test-output/bulletin/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { checkJson, duibiao, ROOT } from './run.js';

const OUT = join(ROOT, 'test-output', 'bulletin');
const MARKUP = '<img src=x onerror=alert(1)>';
// A browser on a machine shared with other work: generous, as no timing is asserted here.
const SLOW = 180_000;

if (!CHROMIUM)
  console.warn(
    'bulletin-browser: NOT RUN: no chromium found (install it as .ci/run does: apt-get install chromium fonts-noto-cjk)',
  );

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(!CHROMIUM)('the HTML bulletin in a real browser', () => {
  // Unset should the launch fail.
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(fixture: string, name: string): Promise<Opened> {
    const file = join(OUT, `${name}.html`);
    const run = duibiao('check', fixture, '--as-of', '2022-12-31', '-f', `html:${file}`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const opened: Opened = { page, requests: [], errors: [], dialogs: [] };
    page.on('request', (request) => opened.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') opened.errors.push(message.text());
    });
    page.on('pageerror', (error) => opened.errors.push(error.message));
    page.on('dialog', async (dialog) => {
      opened.dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return opened;
  }

  it(
    'shows the sample: nothing requested, no console error, every county, target and chart drawn',
    async () => {
      const { page, requests, errors } = await open('fixtures/sample-prefecture-2022.csv', 'sample');
      const url = page.url();
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);

      const { report } = checkJson('fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31');
      const counties = [...new Set(report.findings.filter((f) => f.scope === 'county').map((f) => f.county!))];
      expect(counties.length).toBe(8);
      const matrix = await page.locator('#matrix').innerText();
      for (const county of counties) expect(matrix).toContain(county);
      const findings = (
        JSON.parse(duibiao('check', 'fixtures/sample-prefecture-2022.csv', '-f', 'json').stdout) as {
          findings: { rule: string; scope: string; status: string }[];
        }
      ).findings.filter((f) => f.scope === 'county');
      const ruleIds = [...new Set(findings.map((f) => f.rule))];
      expect(ruleIds.length).toBe(19);
      const missed = new Set(
        findings.filter((f) => ['fail', 'missing', 'invalid'].includes(f.status)).map((f) => f.rule),
      );
      expect(missed.size).toBe(13);
      for (const id of ruleIds) {
        await expect.poll(() => page.locator(`#matrix th[title="${id}"]`).count()).toBe(1);
        const shown = page.locator(`#charts [data-rule="${id}"]`);
        if (!missed.has(id)) {
          // A target every county meets: no chart, named in the one sentence instead.
          expect(await shown.count(), id).toBe(0);
          continue;
        }
        expect(await shown.count(), id).toBe(1);
        const chart = shown.locator('svg');
        if ((await chart.count()) === 0) {
          // A yes/no or count target: the counties that miss it, each with its verdict's word.
          expect(await shown.locator('.status').count(), id).toBeGreaterThan(0);
          continue;
        }
        // A chart has bars: filled paths in a verdict's colour, with a size.
        const bars = await chart
          .locator('path[fill^="#"]')
          .evaluateAll(
            (paths: { getAttribute(name: string): string | null; getBBox(): { height: number } }[]) =>
              paths.filter(
                (path) =>
                  ['#2e7d32', '#c62828', '#b26a00', '#8a8a8a', '#5d4037', '#6a1b9a'].includes(
                    path.getAttribute('fill')!,
                  ) && path.getBBox().height > 0,
              ).length,
          );
        expect(bars, id).toBeGreaterThan(0);
      }
      // Sections in the order an analyst reads them, the lead paragraph first.
      const order = await page
        .locator('section')
        .evaluateAll((sections: { id: string }[]) => sections.map((s) => s.id));
      expect(order).toEqual(['summary', 'matrix', 'charts', 'cards', 'problems', 'provenance']);
      expect(await page.locator('#summary .lead').innerText()).toMatch(/^本次共检查 8 个县市区/);

      await page.screenshot({ path: join(OUT, 'sample.png'), fullPage: true });
      await page.screenshot({ path: join(OUT, 'sample-first-screen.png') });
      for (const id of order) await page.locator(`#${id}`).screenshot({ path: join(OUT, `sample-${id}.png`) });
      await page
        .locator('.chart[data-rule="assistance.standard-keeps-pace-with-prices"]')
        .screenshot({ path: join(OUT, 'sample-chart-own-targets.png') });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        path: join(OUT, 'sample.pdf'),
        format: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
    },
    SLOW,
  );

  it(
    'prints on A4 landscape with nothing cut: no element wider than the printed page',
    async () => {
      const { page } = await open('fixtures/sample-prefecture-2022.csv', 'sample-print');
      await page.emulateMedia({ media: 'print' });
      // A4 landscape less 10 mm margins each side: 277 mm at 96 px per inch.
      const printable = Math.floor((277 / 25.4) * 96);
      await page.setViewportSize({ width: printable, height: 900 });
      const overflow = await page.evaluate(
        (limit) =>
          [
            ...(
              globalThis as unknown as {
                document: {
                  querySelectorAll(
                    selector: string,
                  ): Iterable<{ tagName: string; getBoundingClientRect(): { right: number } }>;
                };
              }
            ).document.querySelectorAll('table, svg, .card'),
          ]
            .filter((el) => el.getBoundingClientRect().right > limit + 1)
            .map((el) => el.tagName),
        printable,
      );
      expect(overflow).toEqual([]);
      await page.screenshot({ path: join(OUT, 'sample-print-width.png'), fullPage: true });
      await page.close();
    },
    SLOW,
  );

  it(
    'shows a county named like markup as text: no image, no dialog, no request',
    async () => {
      const { page, requests, errors, dialogs } = await open('fixtures/markup-in-county-name.csv', 'markup-county');
      expect(requests).toEqual([page.url()]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#matrix').innerText()).toContain(MARKUP);
      expect(await page.locator('#cards').innerText()).toContain(MARKUP);
      // In the chart too, the name is an axis label's text.
      expect(await page.locator('.chart svg text', { hasText: MARKUP }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(OUT, 'markup-county.png') });
      await page.close();
    },
    SLOW,
  );
});
