// npm run bench: measures duibiao against the CSV parser it is built on and the library a team
// would otherwise reach for, each as a whole process, repeated, reporting medians and peak RSS.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { generate } from './generate.mjs';
import { bundleModules } from './modules.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS = new URL('./rss.mjs', import.meta.url).href;
const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const quick = process.argv.includes('--quick');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One whole process: its wall time (ms) and peak RSS (KiB). */
function runOnce(label, args, prepare) {
  prepare();
  const rssFile = `${DATA}rss-${process.pid}.txt`;
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `--import=${RSS}` },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label} exited ${run.status}: ${run.stderr}`);
  // A worker thread writes its line too: the process's peak is the largest.
  const rss = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  rmSync(rssFile, { force: true });
  return { ms, rss };
}

/**
 * Runs the commands of a comparison in turns (a, b, a, b, …) rather than each in a block, so that
 * a slower spell of the machine weighs on both sides of a ratio alike; the medians of wall time
 * and of peak RSS.
 */
function measure(specs) {
  const runs = Object.fromEntries(Object.keys(specs).map((key) => [key, []]));
  const rounds = Math.max(...Object.values(specs).map((spec) => spec.times));
  for (let round = 0; round < rounds; round++) {
    for (const [key, { label, args, times, prepare = () => {} }] of Object.entries(specs))
      if (round < times) runs[key].push(runOnce(label, args, prepare));
  }
  return Object.fromEntries(
    Object.entries(specs).map(([key, { label, times }]) => {
      const result = {
        label,
        ms: median(runs[key].map((run) => run.ms)),
        runs: times,
        peakRssMiB: median(runs[key].map((run) => run.rss)) / 1024,
      };
      console.error(
        `  ${label.padEnd(44)} ${result.ms.toFixed(0).padStart(7)} ms  ${result.peakRssMiB.toFixed(0).padStart(5)} MiB  (median of ${times})`,
      );
      return [key, result];
    }),
  );
}

const files = await generate();
const check = (file, ...rest) => ['bin/duibiao.js', 'check', file, ...rest];
const big = quick ? 1 : 5;
const small = quick ? 3 : 10;

console.error('measuring (wall time median, peak RSS median):');
const r = {
  ...measure({
    a1m: { label: '(a) csv-parse stream, 1M rows', args: ['bench/csv-baseline.mjs', files.rows1m], times: big },
    b1m: { label: '(b) duibiao --format summary, 1M rows', args: check(files.rows1m, '-f', 'summary'), times: big },
  }),
  ...measure({
    a1mDup: {
      label: '(a) csv-parse stream, 1M rows 70 % duplicates',
      args: ['bench/csv-baseline.mjs', files.rows1mDuplicates],
      times: big,
    },
    b1mDup: {
      label: '(b) duibiao --format summary, same',
      args: check(files.rows1mDuplicates, '-f', 'summary'),
      times: big,
    },
  }),
  ...measure({
    a100k: { label: '(a) csv-parse stream, 100k rows', args: ['bench/csv-baseline.mjs', files.rows100k], times: small },
    b100k: {
      label: '(b) duibiao --format summary, 100k rows',
      args: check(files.rows100k, '-f', 'summary'),
      times: small,
    },
  }),
  ...measure({
    // The same 100k rows as Excel would save them: the CSV's time and peak RSS beside the workbook's.
    csv100k: {
      label: 'duibiao --format summary, 100k rows .csv',
      args: check(files.rows100k, '-f', 'summary'),
      times: Math.ceil(small / 2),
    },
    xlsx100k: {
      label: 'duibiao --format summary, 100k rows .xlsx',
      args: check(files.xlsx100k, '-f', 'summary'),
      times: Math.ceil(small / 2),
    },
  }),
  ...measure({
    bNational: {
      label: '(b) duibiao --format summary, national',
      args: check(files.national, '-f', 'summary'),
      times: small,
    },
    cNational: {
      label: '(c) json-rules-engine, national',
      args: ['bench/rules-engine.mjs', files.national],
      times: big,
    },
  }),
  ...measure({
    // Each run writes a new report: freeing the last run's 91 MB is the file system's work, not the report's.
    jsonNational: {
      label: 'duibiao --format json (full), national',
      args: check(files.national, '-f', 'json', '-o', `${DATA}national.json`),
      times: small,
      prepare: () => rmSync(`${DATA}national.json`, { force: true }),
    },
  }),
  ...measure({
    node: { label: '(d) node -e 0', args: ['-e', '0'], times: small * 2 },
    sample: { label: '(d) duibiao check, 8-county sample', args: check(files.sample), times: small * 2 },
  }),
};

// Every format on the clean 100k file and on the problem-heavy 1M file, each to a file of its own,
// each beside `summary` in turns (summary, format, summary, format …): its time and peak RSS as
// ratios to summary's in the same stretch of the machine, and its peak RSS at 1M against 100k.
const FORMATS = ['table', 'json', 'junit', 'sarif', 'github', 'csv', 'markdown', 'html', 'xlsx'];
const only = process.argv.find((arg) => arg.startsWith('--formats='));
const formatsRun = only ? only.slice('--formats='.length).split(',') : FORMATS;
const reportFile = (format) => `${DATA}report.${format}`;
const besideSummary = (file, label, format, times) =>
  measure({
    summary: {
      label: `summary, ${label}`,
      args: check(file, '-f', `summary:${reportFile('summary')}`),
      times,
      prepare: () => rmSync(reportFile('summary'), { force: true }),
    },
    format: {
      label: `${format}, ${label}`,
      args: check(file, '-f', `${format}:${reportFile(format)}`),
      times,
      prepare: () => rmSync(reportFile(format), { force: true }),
    },
  });
console.error('every format beside summary, in turns:');
const formats100k = {};
const formats1mDup = {};
for (const format of formatsRun)
  formats100k[format] = besideSummary(files.rows100k, '100k rows', format, quick ? 1 : 3);
// The problem-heavy 1M file takes minutes a format: one turn each, and none with --quick.
if (!quick)
  for (const format of formatsRun)
    formats1mDup[format] = besideSummary(files.rows1mDuplicates, '1M rows 70 % dup.', format, 1);
for (const format of [...formatsRun, 'summary']) rmSync(reportFile(format), { force: true });
const ratio = (pair, key) => pair.format[key] / pair.summary[key];
const worstOf = (table, key) => Math.max(...Object.values(table).map((pair) => ratio(pair, key)));
const worstGrowth = Math.max(
  ...Object.keys(formats1mDup).map(
    (format) => formats1mDup[format].format.peakRssMiB / formats100k[format].format.peakRssMiB,
  ),
);

// The anchor for the parse: DuckDB's SQL over the clean 1M file, five targets and the duplicates.
let duck;
try {
  await import('@duckdb/node-api');
  duck = measure({
    duckdb: {
      label: 'DuckDB SQL, 5 targets + duplicates, 1M rows',
      args: ['bench/duckdb.mjs', files.rows1m],
      times: big,
    },
    summary: { label: 'duibiao --format summary, 1M rows', args: check(files.rows1m, '-f', 'summary'), times: big },
  });
} catch (error) {
  console.error(`DuckDB not measured: ${error.message}`);
}

const targets = [
  ['(b)/(a), 1M rows 70 % dup.', r.b1mDup.ms / r.a1mDup.ms, '≤ 1.3', (x) => x <= 1.3],
  ...(quick ? [] : [['every format RSS 1M dup./100k', worstGrowth, '≤ 1.2', (x) => x <= 1.2]]),
  ['(b)/(a) at 1M rows', r.b1m.ms / r.a1m.ms, '≤ 1.3', (x) => x <= 1.3],
  ['(c)/(b) on the national file', r.cNational.ms / r.bNational.ms, '≥ 5', (x) => x >= 5],
  ['peak RSS 1M / 100k rows', r.b1m.peakRssMiB / r.b100k.peakRssMiB, '≤ 1.2', (x) => x <= 1.2],
  ['national file, full JSON (s)', r.jsonNational.ms / 1000, '< 1', (x) => x < 1],
  ['peak RSS 100k .xlsx / .csv', r.xlsx100k.peakRssMiB / r.csv100k.peakRssMiB, '≤ 1.5', (x) => x <= 1.5],
  ['8-county check / node -e 0', r.sample.ms / r.node.ms, '≤ 1.5', (x) => x <= 1.5],
  ['every format time / summary, 100k', worstOf(formats100k, 'ms'), '≤ 2', (x) => x <= 2],
  ['every format RSS / summary, 100k', worstOf(formats100k, 'peakRssMiB'), '≤ 1.5', (x) => x <= 1.5],
  ...(quick
    ? []
    : [
        ['every format time / summary, 1M dup.', worstOf(formats1mDup, 'ms'), '≤ 2', (x) => x <= 2],
        ['every format RSS / summary, 1M dup.', worstOf(formats1mDup, 'peakRssMiB'), '≤ 1.5', (x) => x <= 1.5],
      ]),
  ...(duck ? [['summary / DuckDB, clean 1M rows', duck.summary.ms / duck.duckdb.ms, '≤ 3', (x) => x <= 3]] : []),
];
console.log('\ntarget                          measured   goal');
for (const [name, value, goal, ok] of targets)
  console.log(`${ok(value) ? '✓' : '✗'} ${name.padEnd(30)} ${value.toFixed(2).padStart(8)}   ${goal}`);
// What the 8-county check loads of the bundle: one language's words, the one report it writes.
const modules = bundleModules(ROOT, check(files.sample), `${DATA}loaded-${process.pid}.txt`);
console.log(
  `\n8-county check: ${(r.sample.ms / r.node.ms).toFixed(2)} × node -e 0 (${r.sample.ms.toFixed(0)} ms against ${r.node.ms.toFixed(0)} ms); ` +
    `loads ${modules.loaded} of the bundle's ${modules.inBundle} modules (${modules.chunks} files), ` +
    `words ${modules.catalogues.join(' + ')}, reports ${modules.reports.map((m) => m.replace(/\.js$/, '')).join(' ')}`,
);
console.log(
  `\npeak RSS: ${r.b100k.peakRssMiB.toFixed(0)} MiB at 100k rows, ${r.b1m.peakRssMiB.toFixed(0)} MiB at 1M rows, ${r.b1mDup.peakRssMiB.toFixed(0)} MiB at 1M rows with 70 % duplicates`,
);
console.log('\nformat     time ÷ summary, RSS ÷ summary: 100k rows | 1M rows 70 % dup. | RSS 1M ÷ 100k');
for (const format of formatsRun) {
  const [a, b] = [formats100k[format], formats1mDup[format]];
  const pair = (p) =>
    p ? `${ratio(p, 'ms').toFixed(2).padStart(6)} ${ratio(p, 'peakRssMiB').toFixed(2).padStart(6)}` : '     —      —';
  const growth = b ? (b.format.peakRssMiB / a.format.peakRssMiB).toFixed(2) : '—';
  console.log(`${format.padEnd(10)} ${pair(a)}   | ${pair(b)} | ${growth}`);
}
console.log(
  `100k rows: .csv ${(r.csv100k.ms / 1000).toFixed(1)} s, ${r.csv100k.peakRssMiB.toFixed(0)} MiB; .xlsx ${(r.xlsx100k.ms / 1000).toFixed(1)} s, ${r.xlsx100k.peakRssMiB.toFixed(0)} MiB`,
);

writeFileSync(
  `${DATA}results.json`,
  `${JSON.stringify({ when: new Date().toISOString(), node: process.version, load: loadavg(), results: r, modules, formats100k, formats1mDup, duck }, null, 2)}\n`,
);
