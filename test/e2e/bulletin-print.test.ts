// The bulletin printed as an office prints it: Chromium's PDF on A4 landscape, its pages counted,
// its text read back by pdftotext (in the order Chromium drew it) to find a verdict's word broken over two lines, and each page
// turned into a PNG in test-output/bulletin-print/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { duibiao, ROOT } from './run.js';
import { statuses as en } from '../../src/words/en/statuses.js';
import { statuses as zh } from '../../src/words/zh/statuses.js';

const OUT = join(ROOT, 'test-output', 'bulletin-print');
const SAMPLE = join(ROOT, 'fixtures', 'sample-prefecture-2022.csv');
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'].every((tool) => existsSync(tool));
const SLOW = 300_000;

/** Every verdict's word in both languages, as the bulletin prints them. */
const STATUS_WORDS = [...Object.values(zh.status), ...Object.values(en.status)];

/** Two-character names, none repeated: 16 × 8 of them, each with 县, 市 or 区. */
function countyName(i: number): string {
  const first = '青石云松竹枫白梅金银龙凤清安宁平';
  const second = '山河溪川林岭湖桥';
  return `${first[i % 16]}${second[Math.floor(i / 16) % 8]}${'县市区'[i % 3]}`;
}

/**
 * `count` counties' returns in the sample's shape: every fifth from a sample row that misses some
 * target, the rest from one that meets them all, each with its own name and code and its counts
 * scaled, so that shares stay and figures differ.
 */
function returns(count: number): string {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  const columns = header!.split(',');
  const meeting = rows.filter((row) => row.startsWith('青岚市') || row.startsWith('梅江区'));
  const missing = rows.filter((row) => !meeting.includes(row));
  // Counts that come in pairs (a whole and its part) scale together; rates, months and yes/no stay.
  const scaled = columns.map((name) => /(?<!月)数$|资金$|金额$/.test(name));
  const lines = Array.from({ length: count }, (_, i) => {
    const base = (i % 5 === 4 ? missing[Math.floor(i / 5) % missing.length] : meeting[i % meeting.length])!;
    const factor = 1 + (i % 4);
    const cells = base
      .split(',')
      .map((cell, c) =>
        c === 0
          ? countyName(i)
          : c === 1
            ? String(431001 + i)
            : scaled[c] && /^\d+(\.\d+)?$/.test(cell)
              ? String(Math.round(Number(cell) * factor * 100) / 100)
              : cell,
      );
    return cells.join(',');
  });
  return `\uFEFF${[header, ...lines].join('\n')}\n`;
}

/** Lines of the PDF's text where a verdict's word is broken: one line ends with its start, the next begins with its rest. */
function brokenWords(text: string): string[] {
  // pdftotext -raw keeps Chromium's order of drawing but not every space: spaces are not compared.
  const lines = text.split('\n').map((line) => line.replace(/\s/g, ''));
  const broken = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++)
    for (const word of STATUS_WORDS)
      for (let cut = 1; cut < word.length; cut++) {
        const head = word.slice(0, cut).replace(/\s/g, '');
        const tail = word.slice(cut).replace(/\s/g, '');
        if (head !== '' && tail !== '' && lines[i]!.endsWith(head) && lines[i + 1]!.startsWith(tail))
          broken.add(`${lines[i]} ⏎ ${lines[i + 1]}`);
      }
  return [...broken];
}

if (!CHROMIUM || !POPPLER)
  console.warn('bulletin-print: NOT RUN: needs chromium and poppler-utils (pdftotext, pdfinfo, pdftoppm)');

describe.skipIf(!CHROMIUM || !POPPLER)('the bulletin printed to PDF in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  async function print(
    input: string,
    name: string,
    ...flags: string[]
  ): Promise<{ pages: number; text: string; drawn: string }> {
    const html = join(OUT, `${name}.html`);
    const run = duibiao('check', input, '--as-of', '2022-12-31', '-f', `html:${html}`, ...flags);
    expect(run.stderr).toBe('');
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    await page.close();
    const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', pdf, join(OUT, name)]);
    const read = (...how: string[]): string =>
      execFileSync('/usr/bin/pdftotext', [...how, pdf, '-'], { encoding: 'utf8' });
    return { pages, text: read(), drawn: read('-raw') };
  }

  it(
    'prints the 8-county sample on at most 4 pages, opening with the lead paragraph, no verdict word broken',
    async () => {
      const { pages, text, drawn } = await print(SAMPLE, 'sample-zh');
      expect(pages).toBeLessThanOrEqual(4);
      expect(text).toContain('本次共检查 8 个县市区');
      expect(text.indexOf('本次共检查')).toBeLessThan(text.indexOf('全州合计\n'));
      expect(text).toContain('未达标');
      expect(brokenWords(drawn)).toEqual([]);
    },
    SLOW,
  );

  it(
    'prints the sample in English on at most 4 pages, no verdict word broken',
    async () => {
      const { pages, text, drawn } = await print(SAMPLE, 'sample-en', '--lang', 'en');
      expect(pages).toBeLessThanOrEqual(4);
      expect(text).toContain('This check read the returns of 8 counties');
      expect(brokenWords(drawn)).toEqual([]);
    },
    SLOW,
  );

  it.each([
    { counties: 38, most: 7 },
    { counties: 120, most: 16 },
  ])(
    'prints $counties counties on at most $most pages, no verdict word broken',
    async ({ counties, most }) => {
      const file = join(OUT, `returns-${counties}.csv`);
      writeFileSync(file, returns(counties));
      const { pages, text, drawn } = await print(file, `counties-${counties}`);
      expect(text).toContain(`本次共检查 ${counties} 个县市区`);
      expect(text).toContain(countyName(counties - 1));
      expect(pages).toBeLessThanOrEqual(most);
      expect(brokenWords(drawn)).toEqual([]);
    },
    SLOW,
  );
});

describe('the check for broken words', () => {
  it('finds a word broken over two lines, and not one whole', () => {
    expect(brokenWords('松林县 ✗ 未达\n标 否 ≠ 是')).toHaveLength(1);
    expect(brokenWords('✗ no\ndata')).toHaveLength(1);
    expect(brokenWords('✗ not yet\ndue')).toHaveLength(1);
    expect(brokenWords('松林县 ✗ 未达标\n否 ≠ 是')).toEqual([]);
  });
});
