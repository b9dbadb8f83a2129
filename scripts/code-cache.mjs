// Part of the build (scripts/bundle.mjs runs it as a process of its own, with no Node or V8 flags):
// makes the V8 code caches of the scripts dist/bundle/main.js compiles (core.js, and the words
// and the table a check loads).
//
// The cache is made after runs of the 8-county check, not right after the compile: V8 compiles a
// function when it is first called, and a cache made at the end of a run holds every function
// that run called (the check's, the table's, commander's), where one made after the compile holds
// little more than the top level of each module (docs/performance.md). `--cold` makes the latter,
// to measure the two against each other.
import { writeFileSync } from 'node:fs';

const cold = process.argv.includes('--cold');
process.argv = [
  process.argv[0],
  'duibiao',
  'check',
  'fixtures/sample-prefecture-2022.csv',
  '--as-of',
  '2022-12-31',
  '--fail-on',
  'never',
];
const core = await import('../dist/bundle/main.js');
if (core.codeCache !== 'none') throw new Error(`dist/bundle/main.js found a cache already (${core.codeCache})`);
// Every script the runs compiled: core.js, the Chinese and the English words, the table.
const write = () => {
  for (const [file, bytes] of core.cacheFiles()) writeFileSync(file, bytes);
};
if (cold) write();
else {
  // The run's own end (it may call process.exit): every function it called has been compiled.
  process.on('exit', write);
  await core.main();
  // And in English, so that the English words have a cache too.
  process.argv.push('--lang', 'en');
  await core.main();
}
