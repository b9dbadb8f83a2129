// Colour on stdout as the environment asks: FORCE_COLOR as chalk reads it, NO_COLOR over everything.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const ARGS = ['bin/duibiao.js', 'check', 'fixtures/sample-prefecture-2022.csv', '-f', 'table', '--as-of', '2022-12-31'];
const ESC = '\u001b[';
const env = (more: Record<string, string>) => ({
  ...process.env,
  NO_COLOR: undefined,
  FORCE_COLOR: undefined,
  ...more,
});

describe('colour on stdout', () => {
  it('given FORCE_COLOR=1 into a pipe, colours; with NO_COLOR=1 too, does not', () => {
    const forced = spawnSync(process.execPath, ARGS, { cwd: ROOT, encoding: 'utf8', env: env({ FORCE_COLOR: '1' }) });
    expect(forced.stdout).toContain(ESC);
    const both = spawnSync(process.execPath, ARGS, {
      cwd: ROOT,
      encoding: 'utf8',
      env: env({ FORCE_COLOR: '1', NO_COLOR: '1' }),
    });
    expect(both.stdout).not.toContain(ESC);
  });

  // util-linux `script` runs the command on a pseudo-terminal.
  const hasScript = process.platform !== 'win32' && spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('given a terminal, colours; with FORCE_COLOR=0, does not', () => {
    const command = [process.execPath, ...ARGS].map((arg) => `'${arg}'`).join(' ');
    const onTerminal = (more: Record<string, string>) =>
      spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: env(more) }).stdout;
    expect(onTerminal({})).toContain(ESC);
    expect(onTerminal({ FORCE_COLOR: '0' })).not.toContain(ESC);
  });
});
