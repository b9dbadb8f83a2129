// Part of the build: bundles the compiled CLI into a few files, so that a small check does not
// spend its start-up resolving and linking some sixty modules one by one. dist/bundle/ sits at the
// same depth as dist/cli/, so paths taken from import.meta.url (package.json, rules/) still hold.
// The worker is an entry of its own: it is started by its path, beside the chunks.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their contents: the last build's would pile up.
rmSync('dist/bundle', { recursive: true, force: true });
const { metafile } = await build({
  // Named, so that every entry lands flat in dist/bundle/ beside the chunks, whatever folder it is built from.
  entryPoints: { main: 'dist/cli/main.js', 'stage-worker': 'dist/run/stage-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Loaded from node_modules only when html or xlsx is asked for: large, and never on the path of a plain check.
  external: ['echarts', 'exceljs'],
  // Bundled CommonJS packages (commander) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __duibiaoRequire } from 'node:module'; const require = __duibiaoRequire(import.meta.url);",
  },
  // Which modules went into which chunk: the bench counts what a small check loads.
  metafile: true,
});
writeFileSync('dist/bundle-meta.json', JSON.stringify(metafile));
