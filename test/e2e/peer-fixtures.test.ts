// ~100 awkward real-world CSVs from another project: each ends in a clear account, never a crash.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountingBreaks, type Report } from '../accounting.js';
import { ROOT, STACK_LINE, TODAY } from './run.js';
import { builtinTables } from '../helpers.js';

// Beside the repository: the shared folder, in a developer's checkout and in CI alike.
const FOLDER = join(ROOT, '..', 'shared', 'peer-fixtures', 'frictionless');
const present = existsSync(FOLDER);
const fixtures = present ? readdirSync(FOLDER).sort() : [];
const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(name: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['bin/duibiao.js', 'check', join(FOLDER, name), '-f', 'json'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DUIBIAO_TODAY: TODAY } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// A clone on its own has no shared/ beside it: the suite then says plainly that it did not run.
if (!present) console.warn(`peer fixtures not checked: needs ../shared (${FOLDER} is not there)`);
if (!present) it.skip('needs ../shared: the peer project’s awkward CSVs were not checked', () => {});

describe.skipIf(!present)('the peer project’s awkward CSVs', () => {
  it('are there', () => {
    expect(fixtures.length).toBeGreaterThan(50);
  });

  const outcomes = new Map<string, Outcome>();
  beforeAll(async () => {
    // Four at a time: the bin starts in ~0.3 s, most of it Node's own start-up.
    const queue = [...fixtures];
    const worker = async (): Promise<void> => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) outcomes.set(name, await check(name));
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }, 120_000);

  it.each(fixtures)('given %s, ends in exit 0, 1 or 2 with a clear account', (name) => {
    const outcome = outcomes.get(name)!;
    expect([0, 1, 2]).toContain(outcome.code);
    expect(outcome.stderr).not.toMatch(STACK_LINE);
    if (outcome.code === 2) {
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(/^duibiao: .+ \[[a-z-]+\]\n$/);
    } else {
      expect(accountingBreaks(JSON.parse(outcome.stdout) as Report, builtinTables, outcome.stdout)).toEqual([]);
    }
  });
});
