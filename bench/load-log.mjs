// Loaded with --import: writes each module Node loads (one URL a line) to BENCH_LOAD_LOG, so the
// bench can count what a small check loads of the bundle (bench/modules.mjs).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.BENCH_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
