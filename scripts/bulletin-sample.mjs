// docs/bulletin-sample.png: the first printed page of the 8-county sample's bulletin, made by the
// current build (`npm run build` first) in Chromium, and docs/bulletin-sample.sha256 beside it: the
// hash of the bulletin's text (words and verdicts, without markup, charts or the tool's version),
// which test/e2e/bulletin-sample.test.ts compares so that the picture cannot drift from the program.
//
//   npm run bulletin-sample           writes both
//   node scripts/bulletin-sample.mjs --hash   prints the hash the current build gives, writes nothing
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join('fixtures', 'sample-prefecture-2022.csv');
const PNG = join(ROOT, 'docs', 'bulletin-sample.png');
const HASH = join(ROOT, 'docs', 'bulletin-sample.sha256');
const BROWSERS = [
  process.env.DUIBIAO_CHROMIUM,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The sample's bulletin as the current build writes it, in a folder of its own. */
function bulletin(folder) {
  const file = join(folder, 'bulletin.html');
  const run = spawnSync(
    process.execPath,
    [join('bin', 'duibiao.js'), 'check', SAMPLE, '--as-of', '2022-12-31', '--lang', 'zh', '-f', `html:${file}`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DUIBIAO_TODAY: '2025-03-10' } },
  );
  if (run.status !== 1 || !existsSync(file)) throw new Error(`duibiao check failed (${run.status}): ${run.stderr}`);
  return file;
}

/** The hash of what a reader of the bulletin reads, less the inputs' section (paths, the tool's version). */
function textHash(html) {
  const text = html
    .replace(/<section id="provenance">[\s\S]*?<\/section>/, '')
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function picture(file) {
  const { chromium } = await import('playwright-core');
  const executablePath = BROWSERS.find((path) => path && existsSync(path));
  // Without Debian's chromium (on Windows, say), the Chrome or Edge installed on the machine.
  const browser = executablePath
    ? await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
    : await chromium.launch({ channel: 'chrome' }).catch(() => chromium.launch({ channel: 'msedge' }));
  try {
    // A4 landscape at 96 px per inch, its 10 mm margins as padding, drawn at one and a half times the pixels.
    const page = await browser.newPage({ viewport: { width: 1123, height: 794 }, deviceScaleFactor: 1.5 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({ content: 'body { padding: 38px !important; }' });
    await page.screenshot({ path: PNG });
  } finally {
    await browser.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'duibiao-sample-'));
try {
  const file = bulletin(folder);
  const hash = textHash(readFileSync(file, 'utf8'));
  if (process.argv.includes('--hash')) console.log(hash);
  else {
    await picture(file);
    writeFileSync(HASH, `${hash}\n`);
    console.log(`wrote ${PNG} and ${HASH}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
