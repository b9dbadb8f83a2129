// Part of the build: bundles the compiled CLI into a few files, so that a small check does not
// spend its start-up resolving and linking some sixty modules one by one. dist/bundle/ sits at the
// same depth as dist/cli/, so paths taken from import.meta.url (package.json, rules/) still hold.
// The worker is an entry of its own: it is started by its path, beside the chunks.
//
// Two passes. esbuild's splitting makes a chunk of each set of entries (main, the worker, and
// every import()) that share modules: a plain check loaded some sixty files, and Node's loader
// spent most of the check's own time resolving, reading and compiling them one by one. So:
//  1. esbuild splits as before, into a folder of its own; the import() of a module every check of
//     a CSV file loads (the check command, the CSV reader, …) is bundled in place instead, still
//     run only when asked for (INLINE below);
//  2. the CLI's main module, the chunks it loads before it runs (every one of them, always), and
//     the few the table report loads beside itself, are bundled into one classic script, core.js,
//     which exports each chunk's exports as an object and the command line as main(). main.js
//     (scripts/bundle-main.mjs) compiles it with the V8 code cache the build makes of it
//     (scripts/code-cache.mjs): Node 20 has no code cache for ES modules. Every other file that
//     imported one of those chunks reads the same names from main.js's default export instead.
// Each module is still in exactly one file, so a module that holds state (the run's language,
// a problem log) has one copy; the words of each language and each report stay files of their
// own, loaded by the run that asks for them (test/e2e/start-up.test.ts). Why: docs/architecture.md,
// "The CLI's bundle and its code cache".
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
const STAGE = 'dist/bundle-stage';

// The modules loaded by import() that every check of a CSV file loads: bundled into the file
// that asks for them. Evaluated when asked for all the same (esbuild wraps each in a function).
const INLINE = new Set(['cli/check.js', 'read/csv.js'].map((file) => join('dist', file)));

// The entries loaded by import() whose chunks go into core.js too (not the entries themselves).
const CORE_TOO = new Set(['dist/report/table.js']);

// The entries loaded by import() that become scripts with a code cache, as core.js is: a check's
// words and its table.
const SCRIPTS = new Set(['dist/words/zh.js', 'dist/words/en.js', 'dist/report/table.js']);

/** Turns import() of the modules in INLINE into a require() that esbuild bundles in place. */
const inlineImports = {
  name: 'inline-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/\bimport\((['"])(\.\.?\/[^'"]+)\1\)/g, (call, quote, spec) =>
        INLINE.has(relative(process.cwd(), resolve(dirname(args.path), spec)))
          ? `Promise.resolve().then(() => require(${quote}${spec}${quote}))`
          : call,
      );
      return { contents, loader: 'js' };
    });
  },
};

// commander requires node:child_process when it is loaded, to start a subcommand that is a
// program of its own; duibiao has none, and loading it (with node:net) cost every run milliseconds.
// commander is given a child_process that loads the real one if it is ever called.
const lateChildProcess = {
  name: 'late-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'late' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'late' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// Chunk names change with their contents: the last build's would pile up.
rmSync(OUT, { recursive: true, force: true });
rmSync(STAGE, { recursive: true, force: true });
const { metafile: split } = await build({
  // Named, so that every entry lands flat beside the chunks, whatever folder it is built from.
  entryPoints: { main: 'dist/cli/main.js', 'stage-worker': 'dist/run/stage-worker.js' },
  outdir: STAGE,
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
  plugins: [inlineImports, lateChildProcess],
  metafile: true,
});

// The chunks main.js loads before it runs, in the order it loads them.
const staticImports = (file) =>
  split.outputs[file].imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path);
const core = [];
const visit = (file) => {
  for (const chunk of staticImports(file))
    if (!core.includes(chunk)) {
      visit(chunk);
      core.push(chunk);
    }
};
visit(`${STAGE}/main.js`);
// And what the table, the report a check writes unless told otherwise, loads beside itself: a few
// small helpers the reports share, each of which esbuild made a chunk of its own.
for (const [file, output] of Object.entries(split.outputs)) if (CORE_TOO.has(output.entryPoint)) visit(file);
const inCore = new Set(core.map((file) => resolve(file)));
const stageMain = resolve(`${STAGE}/main.js`);
// The lazy chunks every check in a language loads (its words, the table) and what they load
// beside themselves: classic scripts too, each with a code cache of its own, loaded through
// main.js's loadScript() by whatever loads them.
const scripts = [];
const addScript = (file) => {
  if (scripts.includes(file) || core.includes(file)) return;
  scripts.push(file);
  for (const chunk of staticImports(file)) addScript(chunk);
};
for (const [file, output] of Object.entries(split.outputs)) if (SCRIPTS.has(output.entryPoint)) addScript(file);
const inScripts = new Set(scripts.map((file) => resolve(file)));
/** The name under which core.js exports a chunk's exports (as one object, whose properties are live). */
const exported = (chunk) => basename(chunk, '.js').replace(/\W/g, '_');

/**
 * Resolves what a second-pass file imports: a chunk of core.js by `shim`, a script chunk through
 * main.js's loadScript(), any other file as it is.
 */
const relink = (shim) => ({
  name: 'relink',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (!args.path.startsWith('.')) return { external: true };
      const file = resolve(args.resolveDir, args.path);
      if ((inCore.has(file) || file === stageMain) && args.kind === 'import-statement') return shim(file);
      if (inScripts.has(file) && args.kind === 'import-statement') return { path: file, namespace: 'script' };
      return { path: `./${basename(file)}`, external: true };
    });
    // A chunk of core.js, seen from a file loaded later: the object core.js exports it as, read
    // through main.js's default export. esbuild reaches a CommonJS module's exports by property
    // (`core.words()`), so a binding that a module of core.js sets late is seen as it is now.
    b.onLoad({ filter: /.*/, namespace: 'core' }, (args) => {
      // As the metafile names it, with / on every system.
      const chunk = relative(process.cwd(), args.path).split(sep).join('/');
      return { contents: `module.exports = __duibiaoCore.${exported(chunk)};`, loader: 'js' };
    });
    b.onLoad({ filter: /.*/, namespace: 'script' }, (args) => ({
      contents: `module.exports = __duibiaoLoad(${JSON.stringify(`./${basename(args.path)}`)});`,
      loader: 'js',
    }));
  },
});
// Node ties an import() in a vm.Script to the script through V8's host-defined options, which a
// script compiled from a code cache does not get back (nodejs/node#43663, and the same with
// vm.Script): every import() in core.js failed with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING. So
// a script calls a function main.js gives it, an import() of main.js, in the same folder, or
// loadScript() for a script chunk; so does an ES module chunk that import()s a script chunk.
const importThroughMain = (all) => ({
  name: 'import-through-main',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(/\bimport\((["'])([^"']+)\1\)/g, (call, quote, spec) =>
          all || inScripts.has(resolve(dirname(args.path), spec)) ? `__duibiaoImport(${quote}${spec}${quote})` : call,
        )
        // Every chunk made its own require() from its URL (the banner above); in a script they
        // share the require main.js gives (createRequire costs some 30 µs a call).
        .replace(/import \{ createRequire as __duibiaoRequire \} from (["'])node:module\1;/g, (line) =>
          all ? '' : line,
        )
        .replace(/\b__duibiaoRequire\(import\.meta\.url\)/g, (call) => (all ? '__duibiaoSharedRequire' : call)),
      loader: 'js',
    }));
  },
});
const second = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', write: true };
// A script: a function of the CommonJS shape, called by main.js; as in an ES module, strict, and
// import.meta.url the file's own URL (package.json and rules/ are found from it). It may hold no
// top-level await.
const script = {
  ...second,
  format: 'cjs',
  banner: {
    js: '(function (exports, require, module, __duibiaoUrl, __duibiaoImport, __duibiaoSharedRequire, __duibiaoCore, __duibiaoLoad) {\n"use strict";',
  },
  footer: { js: '})' },
  define: { 'import.meta.url': '__duibiaoUrl' },
};
const noImport = (file) => {
  if (/\bimport\s*\(/.test(readFileSync(file, 'utf8')))
    throw new Error(`${file} holds an import() that main.js does not make: it would fail when compiled from the cache`);
};

mkdirSync(OUT, { recursive: true });
// core.js: the CLI's main module and every chunk it loads, and the table's, exporting each
// chunk's exports as an object and the command line as main().
await build({
  ...script,
  stdin: {
    contents: [
      ...core.map((chunk) => `export * as ${exported(chunk)} from './${basename(chunk)}';`),
      "export { main } from './main.js';",
    ].join('\n'),
    resolveDir: resolve(STAGE),
    sourcefile: 'core.js',
  },
  outfile: `${OUT}/core.js`,
  plugins: [relink((file) => ({ path: file })), importThroughMain(true)],
});
noImport(`${OUT}/core.js`);
const outputs = {
  [`${OUT}/main.js`]: { inputs: {} },
  [`${OUT}/core.js`]: {
    inputs: Object.assign({}, ...[...core, `${STAGE}/main.js`].map((c) => split.outputs[c].inputs)),
  },
};
for (const file of scripts) {
  const target = `${OUT}/${basename(file)}`;
  outputs[target] = { inputs: split.outputs[file].inputs };
  await build({
    ...script,
    entryPoints: [file],
    outfile: target,
    plugins: [relink((chunk) => ({ path: chunk, namespace: 'core' })), importThroughMain(true)],
  });
  noImport(target);
}
// Each script's cache is named by its contents, so that main.js never reads one made of another.
const caches = Object.fromEntries(
  [`${OUT}/core.js`, ...scripts.map((file) => `${OUT}/${basename(file)}`)].map((file) => {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    return [`./${basename(file)}`, `./${basename(file, '.js')}.${hash}.cache`];
  }),
);
writeFileSync(
  `${OUT}/main.js`,
  readFileSync('scripts/bundle-main.mjs', 'utf8').replace(
    "const CACHES = { './core.js': './core.cache' };",
    `const CACHES = ${JSON.stringify(caches)};`,
  ),
);
// Every other file: as esbuild wrote it, or relinked to main.js if it imported a chunk of
// core.js or a script.
for (const [file, output] of Object.entries(split.outputs)) {
  const path = resolve(file);
  if (!file.endsWith('.js') || inCore.has(path) || path === stageMain || inScripts.has(path)) continue;
  const target = `${OUT}/${basename(file)}`;
  outputs[target] = { inputs: output.inputs };
  const dynamic = split.outputs[file].imports.some(
    (i) => i.kind === 'dynamic-import' && inScripts.has(resolve(i.path)),
  );
  if (dynamic || staticImports(file).some((chunk) => inCore.has(resolve(chunk)) || inScripts.has(resolve(chunk))))
    await build({
      ...second,
      format: 'esm',
      entryPoints: [file],
      outfile: target,
      banner: {
        js: 'import __duibiaoCore, { load as __duibiaoImport, loadScript as __duibiaoLoad } from "./main.js";',
      },
      plugins: [relink((chunk) => ({ path: chunk, namespace: 'core' })), importThroughMain(false)],
    });
  else copyFileSync(file, target);
}
rmSync(STAGE, { recursive: true, force: true });
// One instance of every module: a module in two files would be two (two registries, two languages).
const seen = new Map();
for (const [file, { inputs }] of Object.entries(outputs))
  for (const input of Object.keys(inputs)) {
    if (seen.has(input)) throw new Error(`${input} is in both ${seen.get(input)} and ${file}`);
    seen.set(input, file);
  }
// A script loaded as an ES module would run as nothing.
const names = scripts.map((file) => basename(file).replace(/[.\\-]/g, '\\$&'));
const scriptImport = new RegExp(
  `\\bimport\\s*\\(\\s*["']\\./(${names.join('|')})["']|from\\s*["']\\./(${names.join('|')})["']`,
);
for (const file of Object.keys(outputs))
  if (scriptImport.test(readFileSync(file, 'utf8'))) throw new Error(`${file} imports a script chunk as an ES module`);
// Which modules went into which file: the bench counts what a small check loads.
writeFileSync('dist/bundle-meta.json', JSON.stringify({ inputs: split.inputs, outputs }));

// The code caches, made by a run of the check in a process of its own with no flags (V8 refuses a
// cache made under other flags than the run's).
const { NODE_OPTIONS: _, ...env } = process.env;
const made = spawnSync(process.execPath, ['scripts/code-cache.mjs'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
if (made.status !== 0 || !existsSync(join(OUT, caches['./core.js'])))
  throw new Error(`the code cache of core.js was not made: ${made.stderr}`);
