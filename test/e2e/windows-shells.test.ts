// The npm scripts and the README's commands as a Windows office PC runs them: npm runs a script
// with cmd.exe, a person types a command into cmd.exe or PowerShell. Tried here through a stand-in
// shell that refuses what only a POSIX shell knows (test/helpers/cmd-like-shell.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const SHELL = join(ROOT, 'test', 'helpers', 'cmd-like-shell.mjs');
const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** Whether the stand-in would run the line: its exit code and why not. */
function parse(line: string): { code: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [SHELL, '-c', line], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DUIBIAO_SHELL: 'parse' },
  });
  return { code: run.status, stderr: run.stderr };
}

/** The README's command lines: every line of its sh blocks, without the note after `  #`. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
    block[1]!
      .split('\n')
      .map((line) => line.replace(/\s+#\s.*$/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

describe('the stand-in for cmd.exe', () => {
  it.each([
    ['npm run build && (node bin/duibiao.js check x.csv || test $? -eq 1)'],
    ["node -e 'console.log(1)'"],
    ['rm -rf dist && tsc'],
    ['NODE_OPTIONS=--max-old-space-size=4096 vitest run'],
    ['node bin/duibiao.js check fixtures/*.csv'],
    ['duibiao template > 填报模板.csv'],
  ])('given %s, refuses it', (line) => {
    expect(parse(line).code).toBe(3);
  });

  it('given commands joined by && and double quotes, takes them', () => {
    expect(parse('npm run build && node bin/duibiao.js check "各县/*.xlsx" -f html:"通报 2022.html"')).toMatchObject({
      code: 0,
    });
  });
});

describe('the npm scripts', () => {
  it.each(Object.entries(SCRIPTS))('given the script %s, cmd.exe could run it', (_name, script) => {
    expect(parse(script)).toMatchObject({ code: 0, stderr: '' });
  });

  it('npm run demo, with a script shell that is not sh, shows the sample and exits 0', () => {
    // npm hands its script-shell to the scripts it runs in turn (build); build steps are only named.
    const run = spawnSync('npm', ['run', 'demo', '--script-shell', SHELL], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).not.toContain('not for cmd.exe');
    expect(run.stdout).toContain('cmd-like-shell: would run tsc -p tsconfig.json');
    expect(run.stdout).toContain('青岚市');
    expect(run.status).toBe(0);
  });
});

describe("the README's commands", () => {
  const commands = readmeCommands();

  it('are found', () => {
    expect(commands.length).toBeGreaterThan(10);
    expect(commands).toContain('npm ci && npm run demo');
  });

  it.each(commands)('given %s, cmd.exe and PowerShell could run it', (line) => {
    expect(parse(line)).toMatchObject({ code: 0, stderr: '' });
    // Windows PowerShell 5.1, the one an office PC has, has no && or ||: only the set-up line has one,
    // and the README says to type its two halves one after the other there.
    if (line !== 'npm ci && npm run demo') expect(line).not.toMatch(/&&|\|\|/);
  });

  it('say how Windows PowerShell 5.1 takes the one line with &&', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/Windows PowerShell 5\.1 has no `&&`/);
  });
});
