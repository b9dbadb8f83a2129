// The bundle's main.js, written by scripts/bundle.mjs (which fills in CACHES). Every run loads the
// same code before it does anything: the CLI's main module, commander, the words machinery, the
// pack and the engine (core.js, some 500 KB); and a check, its language's words and the table.
// Node 20 gives ES modules no code cache, so that code is in classic scripts instead, compiled
// here through node:vm with the V8 code cache the build made of each (NAME.<hash>.cache, named by a
// hash of the script): V8 reads the compiled functions from the cache rather than compiling them
// again. A cache is only ever read here, never written.
//
// A cache V8 refuses (another Node, other V8 flags, a damaged file) or a missing one is no error:
// V8 compiles the source as it would have anyway, and the run is the same.
//
// This module is the only way in to the scripts: every chunk loaded later (a report, the other
// language's words, the worker) imports core.js's exports as its default export, and a script
// chunk by loadScript(), so each module has one instance per thread.
import { createRequire } from 'node:module';

// Node's own modules by require(): an ES module import of one makes a copy of all its exports,
// and node:fs's include getters that load its streams (some milliseconds of every run).
const require = createRequire(new URL('./core.js', import.meta.url));
const { readFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');
const zlib = require('node:zlib');

/** Each script beside this file, and the name of its code cache: one of another build is never found. */
const CACHES = { './core.js': './core.cache' };

/** The scripts compiled so far, by name: their vm.Script, their module, and what became of the cache. */
const compiled = new Map();

/**
 * Compiles and runs a script beside this file, once per thread, and gives its exports.
 * @param {string} name './core.js', './table-….js'
 */
export function loadScript(name) {
  const known = compiled.get(name);
  if (known) return known.module.exports;
  const url = new URL(name, import.meta.url);
  const file = fileURLToPath(url);
  // The cache file is a CRC-32 of the cache (4 bytes, little-endian; 4 bytes of 0) and then the
  // cache. V8 checks a cache's version and flags, but in a release build not its contents: a
  // damaged cache crashed the process in V8's deserializer. A Node without zlib.crc32 (before
  // 20.15) uses none.
  let cachedData;
  let damaged = false;
  try {
    const bytes = readFileSync(new URL(CACHES[name], import.meta.url));
    const data = bytes.subarray(8);
    if (zlib.crc32 !== undefined && bytes.length > 8 && zlib.crc32(data) === bytes.readUInt32LE(0)) cachedData = data;
    else damaged = zlib.crc32 !== undefined;
  } catch {
    // No cache (a build that could not make one, a script the build's run did not load).
  }
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
  const module = { exports: {} };
  const codeCache = damaged
    ? 'damaged'
    : cachedData === undefined
      ? 'none'
      : script.cachedDataRejected
        ? 'rejected'
        : 'used';
  // Before it runs, as require() does: a script that loads one that loads it gets its exports.
  compiled.set(name, { script, module, codeCache });
  const core = compiled.get('./core.js')?.module.exports;
  script.runInThisContext()(module.exports, require, module, url.href, load, require, core, loadScript);
  return module.exports;
}

/**
 * What an import() in a script does: a script chunk by loadScript(), any other chunk as an ES
 * module beside this file (an import() in a script compiled from a cache fails: scripts/bundle.mjs).
 */
export function load(specifier) {
  return specifier in CACHES ? Promise.resolve().then(() => loadScript(specifier)) : import(specifier);
}

const core = loadScript('./core.js');

/**
 * Whether V8 compiled core.js from its cache: 'used'; 'rejected' by V8; 'damaged', not given to
 * V8; or 'none' (test/e2e/start-up.test.ts).
 */
export const codeCache = compiled.get('./core.js').codeCache;
/** The same for every script compiled so far, by name. */
export const codeCaches = () => Object.fromEntries([...compiled].map(([name, { codeCache }]) => [name, codeCache]));
export default core;
/** Runs the command line (bin/duibiao.js). */
export const main = core.main;

/**
 * The cache file of each script compiled so far, as it would be made now, with every function
 * compiled so far (scripts/code-cache.mjs): [where it goes, its bytes].
 */
export function cacheFiles() {
  return [...compiled].map(([name, { script }]) => {
    const data = script.createCachedData();
    const head = Buffer.alloc(8);
    head.writeUInt32LE(zlib.crc32(data), 0);
    return [new URL(CACHES[name], import.meta.url), Buffer.concat([head, data])];
  });
}
