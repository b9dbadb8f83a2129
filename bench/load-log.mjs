// Loaded with --import: writes each module Node loads (one URL a line) to BENCH_LOAD_LOG, so the
// bench can count what a small check loads of the bundle (bench/modules.mjs). The bundle's scripts
// (core.js, a check's words and table) are no ES modules: dist/bundle/main.js reads them with
// fs.readFileSync and compiles them itself, so each .js file read that way is written too.
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const fs = createRequire(import.meta.url)('node:fs');
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' && path.endsWith('.js'))
    fs.appendFileSync(process.env.BENCH_LOAD_LOG, `${pathToFileURL(path).href}\n`);
  return readFileSync.call(this, path, ...rest);
};

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.BENCH_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
