// npm run bench: measures duibiao against the CSV parser it is built on and the library a team
// would otherwise reach for, each as a whole process, repeated, reporting medians and peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS = fileURLToPath(new URL('./rss.mjs', import.meta.url));
const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const quick = process.argv.includes('--quick');

/** Runs a command `times` times, `prepare` (unmeasured) before each; the median wall time and the largest peak RSS. */
function measure(label, args, times, prepare = () => {}) {
  const walls = [];
  let peak = 0;
  for (let i = 0; i < times; i++) {
    prepare();
    const rssFile = `${DATA}rss-${process.pid}.txt`;
    rmSync(rssFile, { force: true });
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `--import=${new URL(`file://${RSS}`).href}` },
    });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${label} exited ${run.status}: ${run.stderr}`);
    peak = Math.max(peak, ...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  }
  walls.sort((a, b) => a - b);
  const result = { label, ms: walls[Math.floor(walls.length / 2)], runs: times, peakRssMiB: peak / 1024 };
  console.error(`  ${label.padEnd(44)} ${result.ms.toFixed(0).padStart(7)} ms  ${result.peakRssMiB.toFixed(0).padStart(5)} MiB  (median of ${times})`);
  return result;
}

const files = await generate();
const check = (file, ...rest) => ['bin/duibiao.js', 'check', file, ...rest];
const big = quick ? 1 : 3;
const small = quick ? 3 : 10;

console.error('measuring (wall time median, peak RSS):');
const r = {
  a1m: measure('(a) csv-parse stream, 1M rows', ['bench/csv-baseline.mjs', files.rows1m], big),
  b1m: measure('(b) duibiao --format summary, 1M rows', check(files.rows1m, '-f', 'summary'), big),
  a100k: measure('(a) csv-parse stream, 100k rows', ['bench/csv-baseline.mjs', files.rows100k], small),
  b100k: measure('(b) duibiao --format summary, 100k rows', check(files.rows100k, '-f', 'summary'), small),
  bNational: measure('(b) duibiao --format summary, national', check(files.national, '-f', 'summary'), small),
  cNational: measure('(c) json-rules-engine, national', ['bench/rules-engine.mjs', files.national], big),
  // Each run writes a new report: freeing the last run's 91 MB is the file system's work, not the report's.
  jsonNational: measure('duibiao --format json (full), national', check(files.national, '-f', 'json', '-o', `${DATA}national.json`), small, () => rmSync(`${DATA}national.json`, { force: true })),
  node: measure('(d) node -e 0', ['-e', '0'], small * 2),
  sample: measure('(d) duibiao check, 8-county sample', check(files.sample), small * 2),
};

const targets = [
  ['(b)/(a) at 1M rows', r.b1m.ms / r.a1m.ms, '≤ 1.3', (x) => x <= 1.3],
  ['(c)/(b) on the national file', r.cNational.ms / r.bNational.ms, '≥ 5', (x) => x >= 5],
  ['peak RSS 1M / 100k rows', r.b1m.peakRssMiB / r.b100k.peakRssMiB, '≤ 1.2', (x) => x <= 1.2],
  ['national file, full JSON (s)', r.jsonNational.ms / 1000, '< 1', (x) => x < 1],
  ['8-county check / node -e 0', r.sample.ms / r.node.ms, '≤ 2', (x) => x <= 2],
];
console.log('\ntarget                          measured   goal');
for (const [name, value, goal, ok] of targets) console.log(`${ok(value) ? '✓' : '✗'} ${name.padEnd(30)} ${value.toFixed(2).padStart(8)}   ${goal}`);
console.log(`\npeak RSS: ${r.b100k.peakRssMiB.toFixed(0)} MiB at 100k rows, ${r.b1m.peakRssMiB.toFixed(0)} MiB at 1M rows`);

mkdirSync(DATA, { recursive: true });
writeFileSync(`${DATA}results.json`, `${JSON.stringify({ when: new Date().toISOString(), node: process.version, results: r }, null, 2)}\n`);
