#!/usr/bin/env node
// The installed command: a thin shim over the built CLI (the bundle, else the compiled modules).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const modules = new URL('../dist/cli/main.js', import.meta.url);
const main = [bundle, modules].find((built) => existsSync(built));
if (!main) {
  process.stderr.write('duibiao: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(main.href);
