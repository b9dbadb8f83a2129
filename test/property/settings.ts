// How many cases each property runs: a fixed, reproducible few thousand in CI; `npm run fuzz` asks for more.
import type fc from 'fast-check';

const fuzzRuns = Number(process.env.DUIBIAO_FUZZ_RUNS) || 0;
const fuzzSeed = Number(process.env.DUIBIAO_FUZZ_SEED) || undefined;

/** fast-check parameters: `ciRuns` cases with a fixed seed, or as many as `npm run fuzz` asks for with its seed. */
export function settings(ciRuns: number): fc.Parameters<unknown> {
  return {
    numRuns: fuzzRuns || ciRuns,
    seed: fuzzSeed ?? 20221231,
    // A case that neither returns nor throws in this time has hung.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still honoured by fast-check 4; its plugin form is a change of its own
    timeout: 10_000,
  };
}

/**
 * Room for the whole property in vitest's clock: a guard against a hang, not a speed target (those are
 * `npm run bench`'s), so it leaves room for a machine that runs other work beside the suite.
 */
export function budget(ciRuns: number): number {
  return fuzzRuns ? fuzzRuns * 200 : Math.max(90_000, ciRuns * 60);
}

/** Node warnings raised while a property runs: the CLI would print them on stderr beside its own words. */
export function collectWarnings(): string[] {
  const warnings: string[] = [];
  process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
  return warnings;
}
