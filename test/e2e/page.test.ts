// The self-check page (`duibiao page`) as a county clerk opens it: written by the built CLI, opened
// from file:// in a real Chromium with every other request aborted and counted, given the returns
// through its file input. For every fixture the CLI checks, and for several files at once, the JSON
// the page saves is the document `duibiao check --format json` writes for the same files and as-of
// date, in zh and in en; a file the CLI stops at shows the CLI's words on the page, which goes on.
// A switch of language says the check shown again without asking the worker anything.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_PAGE_BYTES } from '../../src/cli/page.js';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { duibiao, ROOT, TODAY } from './run.js';

const OUT = join(ROOT, 'test-output', 'page');
const PAGE = join(OUT, '自查.html');
const AS_OF = '2022-12-31';
const SLOW = 600_000;
const RETURN = /\.(csv|txt|tsv|xlsx|xls|yaml|yml|json)$/i;

if (!CHROMIUM)
  console.warn(
    'page: NOT RUN: no chromium found (install it as .ci/run does: apt-get install chromium fonts-noto-cjk)',
  );

/** A set of returns from one folder, by name, as the page and the CLI (run in that folder) both name them. */
interface Returns {
  folder: string;
  names: string[];
}

/** The little of the page's globals a test reads in it (the tests are typed without the DOM). */
interface PageGlobals {
  document: { getElementById(id: string): { dataset: Record<string, string | undefined> } | null };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
}

/** The page's worker as the counting script sees it: each message posted to it is counted. */
interface CountedWorkers {
  Worker: { prototype: { postMessage: (this: unknown, ...args: unknown[]) => void } };
  workerPosts: number;
}

/** What the CLI made of a set: its JSON document, or the words it stopped with. */
type Expected = { json: unknown } | { stop: string };

/** The words of a JSON document that the page shows: each miss's and each problem's. */
function misses(expected: Expected): string[] {
  const { findings, problems } = (expected as { json: SavedWords }).json;
  return [
    ...findings.filter((finding) => MISSES.includes(finding.status)).map((finding) => finding.message),
    ...problems.map((problem) => problem.message),
  ];
}

interface SavedWords {
  findings: { status: string; message: string }[];
  problems: { message: string }[];
}
const MISSES = ['fail', 'missing', 'invalid'];

const run = promisify(execFile);

async function cli(returns: Returns, lang: 'zh' | 'en'): Promise<Expected> {
  const args = [join(ROOT, 'bin', 'duibiao.js'), 'check', ...returns.names, '--as-of', AS_OF, '--format', 'json'];
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DUIBIAO_TODAY: TODAY, DUIBIAO_LANG: lang };
  try {
    const { stdout } = await run(process.execPath, args, { cwd: returns.folder, env, maxBuffer: 64 << 20 });
    return { json: JSON.parse(stdout) };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code === 1) return { json: JSON.parse(failed.stdout!) };
    // `duibiao: <words> [code]`: the words are what the page shows.
    const first = failed.stderr!.split('\n')[0]!;
    return { stop: first.replace(/^duibiao: /, '').replace(/ \[[a-z0-9-]+\]$/, '') };
  }
}

/** Runs `work` over the items, two at a time: the machine is shared. */
async function eachTwoAtATime<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

function returnsIn(folder: string): Returns[] {
  return readdirSync(folder)
    .filter((name) => RETURN.test(name) && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ folder, names: [name] }));
}

describe.skipIf(!CHROMIUM)('the self-check page in a real browser', () => {
  let browser: Browser | undefined;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];
  let sets: Returns[] = [];
  /** The CLI's documents for every set, in each language: the English ones made while the page checks in Chinese. */
  const expected: Partial<Record<'zh' | 'en', Promise<Expected[]>>> = {};

  beforeAll(async () => {
    mkdirSync(join(OUT, 'json'), { recursive: true });
    // A JSON return, as the YAML one reads: the page takes .json as the CLI does.
    const rows: unknown = parse(readFileSync(join(ROOT, 'fixtures', 'sample-prefecture-2022.yaml'), 'utf8'));
    writeFileSync(join(OUT, 'json', 'sample-prefecture-2022.json'), JSON.stringify(rows, null, 2));
    const fixtures = join(ROOT, 'fixtures');
    const workbooks = join(fixtures, 'workbooks');
    sets = [
      ...returnsIn(fixtures),
      ...returnsIn(workbooks),
      ...returnsIn(join(OUT, 'json')),
      // Several at once: text, a workbook of each kind, YAML.
      {
        folder: fixtures,
        names: [
          'sample-prefecture-2022.csv',
          'sample-prefecture-2022.xlsx',
          'sample-prefecture-2022.xls',
          'sample-prefecture-2022.yaml',
          'gbk-with-title-row.csv',
        ],
      },
      { folder: workbooks, names: readdirSync(workbooks).filter((name) => name.endsWith('.xlsx')) },
    ];
    expected.zh = eachTwoAtATime(sets, async (returns) => cli(returns, 'zh'));
    expected.en = expected.zh.then(async () => eachTwoAtATime(sets, async (returns) => cli(returns, 'en')));
    // Awaited by the tests; a failure before then is theirs to report.
    expected.en.catch(() => undefined);
    const written = duibiao('page', '-o', PAGE);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage();
    // Each wait (a check, a download) may take long on a loaded machine; the test's own budget bounds them.
    page.setDefaultTimeout(120_000);
    const url = pathToFileURL(PAGE).href;
    // The network cut: only the page itself may load; anything else is aborted and counted.
    await page.route('**/*', async (route) => {
      if (route.request().url() === url) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Counted from outside the page's own script: every message posted to a worker.
    await page.addInitScript(() => {
      const web = globalThis as unknown as CountedWorkers;
      const post = web.Worker.prototype.postMessage;
      web.workerPosts = 0;
      web.Worker.prototype.postMessage = function (this: unknown, ...args: unknown[]) {
        web.workerPosts++;
        post.apply(this, args);
      };
    });
    await page.goto(url);
    await page.locator('input[type="date"]').fill(AS_OF);
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
  });

  /** Gives the page the set and waits for its verdicts: the JSON it saves, or the words it stopped with. */
  async function onPage(returns: Returns): Promise<Expected> {
    const status = page.locator('#status');
    const before = Number(await status.getAttribute('data-check'));
    await page.locator('input[type="file"]').setInputFiles(returns.names.map((name) => join(returns.folder, name)));
    // Read at one moment in the page: while the files are read, no save can be clicked.
    const seen = await page.evaluate(() => {
      const web = (globalThis as unknown as PageGlobals).document;
      const disabled = ['save-json', 'save-bulletin', 'save-template'].map(
        (id) => (web.getElementById(id) as unknown as { disabled: boolean }).disabled,
      );
      return { state: web.getElementById('status')!.dataset.state, disabled };
    });
    if (seen.state === 'reading') expect(seen.disabled).toEqual([true, true, true]);
    // Run in the page (a function: its CSP allows no string to be evaluated): a later check shown, or stopped.
    await page.waitForFunction(
      (after) => {
        const line = (globalThis as unknown as PageGlobals).document.getElementById('status')!;
        return Number(line.dataset.check) > after && line.dataset.state !== 'reading';
      },
      before,
      { timeout: 120_000 },
    );
    if ((await status.getAttribute('data-state')) === 'stopped') {
      expect(await page.getByRole('button', { name: /JSON/ }).isDisabled()).toBe(true);
      return { stop: (await status.textContent())! };
    }
    return { json: JSON.parse(readFileSync(await (await savedJson()).path(), 'utf8')) };
  }

  /**
   * The JSON the page saves on a click of its button. Chromium, driven this hard, has now and then
   * (about one run of the whole file in three on a 2-core machine) let a save's download go
   * unreported with the page in order: shown, the button enabled, no error. Such a click is made
   * once more, and the document still has to be the CLI's.
   */
  async function savedJson(): Promise<Download> {
    const click = async (timeout: number): Promise<Download> =>
      (
        await Promise.all([
          page.waitForEvent('download', { timeout }),
          page.getByRole('button', { name: /JSON/ }).click(),
        ])
      )[0];
    try {
      return await click(20_000);
    } catch {
      return await click(120_000);
    }
  }

  async function compare(lang: 'zh' | 'en'): Promise<void> {
    const wanted = await expected[lang]!;
    let stops = 0;
    for (const [i, returns] of sets.entries()) {
      const shown = await onPage(returns);
      const name = `${basename(returns.folder)}/${returns.names.join(' + ')} (${lang})`;
      const cli = wanted[i]!;
      if ('stop' in cli) {
        stops++;
        expect('stop' in shown, name).toBe(true);
        expect((shown as { stop: string }).stop, name).toContain(cli.stop);
      } else {
        expect(shown, name).toEqual(cli);
      }
    }
    // Most fixtures are checked; the few the CLI stops at are the page's bad files.
    expect(stops).toBeLessThan(sets.length / 4);
  }

  it(
    'saves for every fixture and for several files the JSON the CLI writes, in Chinese',
    async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await expect.poll(async () => page.locator('#privacy').textContent()).toContain('不会离开这台电脑');
      await compare('zh');
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    },
    SLOW,
  );

  it(
    'saves it in English once switched, the bulletin and template buttons named in English',
    // Run again whole if it fails (see savedJson): it switches only a page still in Chinese.
    { timeout: SLOW, retry: 1 },
    async () => {
      if ((await page.locator('html').getAttribute('lang')) !== 'en') await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('en');
      await compare('en');
      expect(await page.getByRole('button', { name: /bulletin/ }).isEnabled()).toBe(true);
      expect(await page.getByRole('button', { name: /template/ }).isEnabled()).toBe(true);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    },
  );

  it(
    'saves the bulletin and the blank template, and weighs at most 5 MB',
    async () => {
      if ((await page.locator('html').getAttribute('lang')) !== 'zh-CN') await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await onPage({ folder: join(ROOT, 'fixtures'), names: ['sample-prefecture-2022.csv'] });
      const [bulletin] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /通报/ }).click(),
      ]);
      const text = readFileSync(await bulletin.path(), 'utf8');
      expect(text).toMatch(/^<!DOCTYPE html>/);
      expect(text).toContain('石桥县');
      const [template] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /模板/ }).click(),
      ]);
      // A zip: an xlsx workbook.
      expect(
        readFileSync(await template.path())
          .subarray(0, 2)
          .toString('latin1'),
      ).toBe('PK');
      expect(MAX_PAGE_BYTES).toBe(5 * 1024 * 1024);
      expect(statSync(PAGE).size).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      expect(outside).toEqual([]);
      expect(dirname(PAGE)).toBe(OUT);
    },
    SLOW,
  );

  it(
    "says the check shown again in the other language, the CLI's words in it, asking the worker nothing",
    async () => {
      // Not the file checked last: the same file picked again is no change of the input.
      const returns = { folder: join(ROOT, 'fixtures'), names: ['full-width-digits.csv'] };
      const posts = async (): Promise<number> =>
        page.evaluate(() => (globalThis as unknown as CountedWorkers).workerPosts);
      const status = page.locator('#status');
      if ((await page.locator('html').getAttribute('lang')) !== 'zh-CN') await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      const zh = await cli(returns, 'zh');
      expect(await onPage(returns)).toEqual(zh);
      const asked = await posts();
      const check = await status.getAttribute('data-check');
      expect(asked).toBeGreaterThan(0);
      const zhText = (await page.locator('#results').textContent())!;

      await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('en');
      expect(await status.getAttribute('data-state')).toBe('shown');
      const enText = (await page.locator('#results').textContent())!;
      // Every miss and problem the CLI says in English is shown in its words, none left in Chinese.
      const en = await cli(returns, 'en');
      expect(misses(en).length).toBeGreaterThan(0);
      for (const message of misses(en)) expect(enText).toContain(message);
      for (const message of misses(zh).filter((words) => !misses(en).includes(words)))
        expect(enText).not.toContain(message);
      // The JSON it saves is the CLI's in English.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /JSON/ }).click(),
      ]);
      expect({ json: JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown }).toEqual(en);

      await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('#results').textContent()).toBe(zhText);
      // Neither switch asked the worker anything: no message posted, no check counted.
      expect(await posts()).toBe(asked);
      expect(await status.getAttribute('data-check')).toBe(check);

      // A stop too is said again in the other language, as the CLI says it there.
      const bad = { folder: join(ROOT, 'fixtures'), names: ['nul-bytes.csv'] };
      const stopped = await onPage(bad);
      const zhStop = await cli(bad, 'zh');
      expect('stop' in zhStop && 'stop' in stopped).toBe(true);
      expect((stopped as { stop: string }).stop).toContain((zhStop as { stop: string }).stop);
      const stopAsked = await posts();
      await page.locator('#lang').click();
      await expect.poll(async () => page.locator('html').getAttribute('lang')).toBe('en');
      expect(await status.getAttribute('data-state')).toBe('stopped');
      expect(await status.textContent()).toContain(((await cli(bad, 'en')) as { stop: string }).stop);
      expect(await posts()).toBe(stopAsked);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    },
    SLOW,
  );

  it(
    'checks a return dropped on the page',
    async () => {
      const before = Number(await page.locator('#status').getAttribute('data-check'));
      const bytes = [...readFileSync(join(ROOT, 'fixtures', 'all-targets-met.csv'))];
      const dropped = await page.evaluateHandle((content) => {
        const web = globalThis as unknown as PageGlobals;
        const transfer = new web.DataTransfer();
        transfer.items.add(new web.File([new Uint8Array(content)], 'all-targets-met.csv', { type: 'text/csv' }));
        return transfer;
      }, bytes);
      await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
      await expect
        .poll(async () => Number(await page.locator('#status').getAttribute('data-check')))
        .toBeGreaterThan(before);
      await expect.poll(async () => page.locator('#status').getAttribute('data-state')).toBe('shown');
      expect(await page.locator('#status').textContent()).toContain('1');
      expect(await page.locator('#scoreboard').textContent()).not.toBe('');
      expect(outside).toEqual([]);
    },
    SLOW,
  );
});
