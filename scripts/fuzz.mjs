#!/usr/bin/env node
// Long property runs: `npm run fuzz [-- CASES]`, CASES from the argument or DUIBIAO_FUZZ_RUNS, 100,000 by default.
// Each run has a fresh seed, printed so that a failure can be replayed with DUIBIAO_FUZZ_SEED.
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? process.env.DUIBIAO_FUZZ_RUNS ?? 100_000);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`fuzz: '${process.argv[2] ?? process.env.DUIBIAO_FUZZ_RUNS}' is not a number of cases\n`);
  process.exit(2);
}
const seed = Number(process.env.DUIBIAO_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`fuzz: ${runs} cases per property, seed ${seed} (replay with DUIBIAO_FUZZ_SEED=${seed})\n`);
const result = spawnSync('npx', ['vitest', 'run', 'test/property'], {
  stdio: 'inherit',
  env: { ...process.env, DUIBIAO_FUZZ_RUNS: String(runs), DUIBIAO_FUZZ_SEED: String(seed) },
});
process.exit(result.status ?? 2);
