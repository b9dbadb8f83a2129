// Where Debian's chromium is, if it is installed: Playwright's own browser download cannot be reached.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const CHROMIUM: string | undefined = [process.env.DUIBIAO_CHROMIUM, ...CANDIDATES].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);
