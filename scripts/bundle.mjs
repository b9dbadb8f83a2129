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
//  2. the chunks main.js loads before it runs (every one of them, always), and the few the table
//     report loads beside itself, are bundled into one file, core.js, which exports what each of
//     them exported under a name of its own; every other file that imported one of those chunks
//     imports the same thing from core.js instead.
// Each module is still in exactly one file, so a module that holds state (the run's language,
// a problem log) has one copy; the words of each language and each report stay files of their
// own, loaded by the run that asks for them (test/e2e/start-up.test.ts).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
const STAGE = 'dist/bundle-stage';

// The modules loaded by import() that every check of a CSV file loads: bundled into the file
// that asks for them. Evaluated when asked for all the same (esbuild wraps each in a function).
const INLINE = new Set(['cli/check.js', 'read/csv.js'].map((file) => join('dist', file)));

// The entries loaded by import() whose chunks go into core.js too (not the entries themselves).
const CORE_TOO = new Set(['dist/report/table.js']);

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
const exported = (chunk, name) => `${basename(chunk, '.js').replace(/\W/g, '_')}$${name}`;

/** Resolves what a second-pass file imports: a chunk of core.js by `shim`, any other file as it is. */
const relink = (shim) => ({
  name: 'relink',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (!args.path.startsWith('.')) return { external: true };
      const file = resolve(args.resolveDir, args.path);
      if (inCore.has(file) && args.kind === 'import-statement') return shim(file);
      return { path: `./${basename(file)}`, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: 'core' }, (args) => {
      // As the metafile names it, with / on every system.
      const chunk = relative(process.cwd(), args.path).split(sep).join('/');
      const names = split.outputs[chunk].exports.map((name) => `${exported(chunk, name)} as ${name}`);
      return { contents: `export { ${names.join(', ')} } from './core.js';`, resolveDir: resolve(STAGE) };
    });
  },
});
const second = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', write: true };

mkdirSync(OUT, { recursive: true });
// core.js: every chunk main.js loads, and the table's, exporting what each exported.
await build({
  ...second,
  stdin: {
    contents: core
      .map((chunk) => {
        const names = split.outputs[chunk].exports.map((name) => `${name} as ${exported(chunk, name)}`);
        return names.length > 0
          ? `export { ${names.join(', ')} } from './${basename(chunk)}';`
          : `import './${basename(chunk)}';`;
      })
      .join('\n'),
    resolveDir: resolve(STAGE),
    sourcefile: 'core.js',
  },
  outfile: `${OUT}/core.js`,
  plugins: [relink((file) => ({ path: file }))],
});
// Every other file: as esbuild wrote it, or relinked to core.js if it imported a chunk of it.
const outputs = { [`${OUT}/core.js`]: { inputs: Object.assign({}, ...core.map((c) => split.outputs[c].inputs)) } };
for (const [file, output] of Object.entries(split.outputs)) {
  if (!file.endsWith('.js') || inCore.has(resolve(file))) continue;
  const target = `${OUT}/${basename(file)}`;
  outputs[target] = { inputs: output.inputs };
  if (staticImports(file).some((chunk) => inCore.has(resolve(chunk))))
    await build({
      ...second,
      entryPoints: [file],
      outfile: target,
      plugins: [relink((chunk) => ({ path: chunk, namespace: 'core' }))],
    });
  else copyFileSync(file, target);
}
rmSync(STAGE, { recursive: true, force: true });
// Which modules went into which file: the bench counts what a small check loads.
writeFileSync('dist/bundle-meta.json', JSON.stringify({ inputs: split.inputs, outputs }));
