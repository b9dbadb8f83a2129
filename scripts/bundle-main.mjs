// The bundle's main.js, written by scripts/bundle.mjs (which names the cache file in CACHE). Every run
// loads the same code before it does anything: the CLI's main module, commander, the words, the
// pack and the engine (core.js, some 500 KB). Node 20 gives ES modules no code cache, so that code
// is a classic script instead, compiled here through node:vm with the V8 code cache the build made
// of it (core.<hash>.cache, named by a hash of core.js): V8 reads the compiled functions from the
// cache rather than compiling them again. The cache is only ever read here, never written.
//
// A cache V8 refuses (another Node, other V8 flags, a damaged file) or a missing one is no error:
// V8 compiles the source as it would have anyway, and the run is the same.
//
// This module is the only way in to core.js: every chunk loaded later (a report, the other
// language's words, the worker) imports its default export, the exports of core.js, so each
// module in core.js has one instance per thread.
import { createRequire } from 'node:module';

// Node's own modules by require(): an ES module import of one makes a copy of all its exports,
// and node:fs's include getters that load its streams (some milliseconds of every run).
const url = new URL('./core.js', import.meta.url);
const require = createRequire(url);
const { readFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');
const zlib = require('node:zlib');

const file = fileURLToPath(url);
/** The code cache of core.js, by its build's name: a cache from another build is never found. */
export const CACHE = new URL('./core.cache', import.meta.url);

// The file is a CRC-32 of the cache (4 bytes, little-endian; 4 bytes of 0) and then the cache. V8
// checks a cache's version and flags, but in a release build not its contents: a damaged cache
// crashed the process in V8's deserializer. A Node without zlib.crc32 (before 20.15) uses none.
let cachedData;
let damaged = false;
try {
  const bytes = readFileSync(CACHE);
  const data = bytes.subarray(8);
  if (zlib.crc32 !== undefined && bytes.length > 8 && zlib.crc32(data) === bytes.readUInt32LE(0)) cachedData = data;
  else damaged = zlib.crc32 !== undefined;
} catch {
  // No cache (a build that could not make one): compiled from the source alone.
}
const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData });

/**
 * Whether V8 compiled core.js from the cache: 'used'; 'rejected' by V8; 'damaged', not given to V8;
 * or 'none' (test/e2e/start-up.test.ts).
 */
export const codeCache = damaged
  ? 'damaged'
  : cachedData === undefined
    ? 'none'
    : script.cachedDataRejected
      ? 'rejected'
      : 'used';

const module = { exports: {} };
// core.js import()s the chunks beside it (a report, the other language's words) through this
// module: an import() in a script compiled from a cache fails (scripts/bundle.mjs).
const load = (specifier) => import(specifier);
script.runInThisContext()(module.exports, require, module, url.href, load, require);

export default module.exports;
/** Runs the command line (bin/duibiao.js). */
export const main = module.exports.main;
/** The cache file as it would be made now, with every function compiled so far (scripts/code-cache.mjs). */
export function cacheFile() {
  const data = script.createCachedData();
  const head = Buffer.alloc(8);
  head.writeUInt32LE(zlib.crc32(data), 0);
  return Buffer.concat([head, data]);
}
