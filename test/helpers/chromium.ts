// Where Debian's chromium is, if it is installed: Playwright's own browser download cannot be reached.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const CHROMIUM: string | undefined = [process.env.DUIBIAO_CHROMIUM, ...CANDIDATES].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);

/** Launches the chromium found, as every browser test does: headless, no sandbox (a container's root), no GPU. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] });
}
