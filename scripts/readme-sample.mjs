// Writes the README's sample output from the current build: runs the command `npm run demo` runs and
// puts what it prints between the README's two markers. With --check it only compares, and exits 1
// when the README has drifted from the program. Node alone, so that `npm run readme` runs as it is
// in cmd.exe, PowerShell and a POSIX shell.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'README.md');

export const START = '<!-- sample output: `npm run readme` writes the block below from the build -->';
export const END = '<!-- end of sample output -->';

/** The arguments after `node` of the demo command, read from package.json's `demo` script. */
export function demoArgs() {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const command = String(scripts.demo)
    .split('&&')
    .map((part) => part.trim())
    .find((part) => part.startsWith('node bin/duibiao.js '));
  if (command === undefined) throw new Error('the demo script of package.json runs no `node bin/duibiao.js …`');
  return command.split(/\s+/).slice(1);
}

/** What the demo command prints, as a terminal-less reader sees it: no colour, the default language. */
export function demoOutput() {
  const env = { ...process.env, NO_COLOR: '1' };
  for (const name of ['FORCE_COLOR', 'DUIBIAO_LANG', 'DUIBIAO_TODAY']) delete env[name];
  const run = spawnSync(process.execPath, demoArgs(), { cwd: ROOT, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`the demo command exited ${run.status}:\n${run.stderr}`);
  return run.stdout;
}

/** The README with `output` as its sample block, in the README's own line endings. */
export function withSample(readme, output) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no sample block between ${START} and ${END}`);
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const block = ['```', ...output.trimEnd().split(/\r?\n/), '```'].join(eol);
  return `${readme.slice(0, start + START.length)}${eol}${block}${eol}${readme.slice(end)}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(README, 'utf8');
  const updated = withSample(readme, demoOutput());
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      process.stderr.write('README.md: the sample output differs from what the build prints; run `npm run readme`\n');
      process.exitCode = 1;
    }
  } else if (updated !== readme) {
    writeFileSync(README, updated);
    process.stdout.write('README.md: sample output written\n');
  } else {
    process.stdout.write('README.md: sample output already up to date\n');
  }
}
