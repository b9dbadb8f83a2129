// Where a link leads, and what a config may name: decided on the real paths, never on spelling.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DuibiaoError } from '../../src/errors.js';
import { insideConfigFolder, linkLeavingRoot } from '../../src/read/input-policy.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-policy-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = join(dir, 'repo');
mkdirSync(join(repo, 'data'), { recursive: true });
mkdirSync(join(dir, 'outside'));
writeFileSync(join(repo, 'data/a.csv'), 'x\n');
writeFileSync(join(dir, 'outside/b.csv'), 'x\n');
symlinkSync('a.csv', join(repo, 'data/to-a.csv'));
symlinkSync(join(dir, 'outside/b.csv'), join(repo, 'data/to-b.csv'));
symlinkSync(join(dir, 'outside'), join(repo, 'out'));
symlinkSync('..', join(repo, 'data/up'));

describe('linkLeavingRoot(file, root)', () => {
  it.each([
    { given: 'a plain file inside', file: 'data/a.csv', leaves: false },
    { given: 'a link to a file beside it', file: 'data/to-a.csv', leaves: false },
    { given: 'a link to a file outside', file: 'data/to-b.csv', leaves: true },
    { given: 'a file under a folder link to outside', file: 'out/b.csv', leaves: true },
    { given: 'a link to the folder above, still inside', file: 'data/up/data/a.csv', leaves: false },
    { given: 'a file named outside the root, by its path', file: join(dir, 'outside/b.csv'), leaves: false },
    { given: 'a file not there', file: 'data/none.csv', leaves: false },
  ])('given $given, returns whether it leaves: $leaves', ({ file, leaves }) => {
    expect(linkLeavingRoot(join(repo, file), repo) !== undefined).toBe(leaves);
  });

  it('given a file in the folder named as root, and a link out of that folder, refuses the link only', () => {
    expect(linkLeavingRoot(join(repo, 'data/a.csv'), join(repo, 'data'))).toBeUndefined();
    expect(linkLeavingRoot(join(repo, 'data/up/out/b.csv'), join(repo, 'data'))).toBeDefined();
  });
});

describe('insideConfigFolder(path, config, key)', () => {
  const config = { shown: 'duibiao.config.yaml', at: join(repo, 'duibiao.config.yaml') };
  const refusal = (path: string): string | undefined => {
    try {
      insideConfigFolder(path, config, 'format');
      return undefined;
    } catch (error) {
      return (error as DuibiaoError).code;
    }
  };

  it.each([
    { path: 'data/a.csv', code: undefined },
    { path: 'reports/new.json', code: undefined },
    { path: 'data/../data/a.csv', code: undefined },
    { path: 'data/to-a.csv', code: undefined },
    { path: '../pwned.json', code: 'config-path-outside' },
    { path: 'data/../../pwned.json', code: 'config-path-outside' },
    { path: '/tmp/pwned.json', code: 'config-path-outside' },
    { path: '~/.bashrc', code: 'config-path-outside' },
    { path: 'C:\\Users\\x.json', code: 'config-path-outside' },
    { path: 'out/pwned.json', code: 'config-path-outside' },
    { path: 'data/to-b.csv', code: 'config-path-outside' },
  ])('given $path, refuses it with $code', ({ path, code }) => {
    expect(refusal(path)).toBe(code);
  });

  it('given a path inside, returns it relative to where the run is, as the config was named', () => {
    expect(
      insideConfigFolder(
        'data/a.csv',
        { shown: 'ci/duibiao.config.yaml', at: join(repo, 'duibiao.config.yaml') },
        'counties',
      ),
    ).toBe(join('ci', 'data/a.csv'));
  });
});
