#!/usr/bin/env node
// The installed command: a thin shim over the built CLI (the bundle, else the compiled modules).
import { createRequire } from 'node:module';

// By require(): an ES module import of node:fs loads its streams, which a run may not need.
const { existsSync } = createRequire(import.meta.url)('node:fs');

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const modules = new URL('../dist/cli/main.js', import.meta.url);
const built = [bundle, modules].find((file) => existsSync(file));
if (!built) {
  process.stderr.write('duibiao: not built yet; run `npm run build` first\n');
  process.exit(2);
}
// Both export the command line as a function: loading either runs nothing.
const { main } = await import(built.href);
await main();
