#!/usr/bin/env node
// The installed command: a thin shim over the compiled CLI in dist/.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('duibiao: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(main.href);
