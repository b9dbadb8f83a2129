// A few random files through the real command: exit 0, 1 or 2, one clear line on failure, never a stack.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { accountingBreaks, type Report } from '../accounting.js';
import { anyBytes, encodedCsv } from '../property/arbitraries.js';
import { duibiao, STACK_LINE } from './run.js';
import { builtinTables } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-random-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duibiao check on random files', () => {
  it('given random bytes or CSV-like text, ends in a clear account', () => {
    fc.assert(
      fc.property(fc.oneof(anyBytes, encodedCsv), ({ bytes, name }) => {
        const file = join(dir, name);
        writeFileSync(file, bytes);
        const run = duibiao('check', file, '-f', 'json', '--as-of', '2022-12-31');
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toMatch(STACK_LINE);
        if (run.code === 2) expect(run.stderr).toMatch(/^duibiao: .+ \[[a-z-]+\]\n$/);
        else expect(accountingBreaks(JSON.parse(run.stdout) as Report, builtinTables, run.stdout)).toEqual([]);
      }),
      // Each case starts Node: a dozen is what the in-process properties cannot see, the CLI layer.
      { numRuns: 12, seed: 20221231 },
    );
  }, 60_000);
});
