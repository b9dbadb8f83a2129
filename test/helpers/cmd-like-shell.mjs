#!/usr/bin/env node
// A stand-in for cmd.exe, so that the npm scripts and the README's commands are tried on Linux as a
// Windows office PC would run them. npm starts a script shell as `<shell> -c <script>`. This one
// knows what cmd.exe and PowerShell both know of a command line (a program, its words, double
// quotes; and, between commands, cmd.exe's `&&` and `||`) and refuses what only a POSIX shell knows:
// `$` expansions (`$?`, `$HOME`), single quotes, backquotes, `;`, `FOO=1 cmd`, `test`/`[`, `rm`,
// unquoted wildcards, `~`, `/dev/`. A program must be one Windows finds too: node, npm, npx, or a
// bin of node_modules/.bin (npm puts its .cmd shims on the PATH).
//
// DUIBIAO_SHELL=parse: only say whether the line would run (exit 0), or why not (exit 3).
// Otherwise `npm …` and `node bin/duibiao.js …` are run; every other command (a build step) is
// only named, so that trying a script never rebuilds what the other tests are reading.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const POSIX_ONLY = [
  [/\$/, 'a $ expansion'],
  [/'/, 'single quotes (cmd.exe passes them on as they are)'],
  [/`/, 'backquotes'],
  [/;/, 'a ;'],
  [/\/dev\//, 'a /dev/ path'],
  [/[()]/, 'a ( ) group'],
  [/[<]|\d?>+/, 'a redirection (PowerShell 5 re-encodes what > writes)'],
];
const POSIX_PROGRAMS = new Set([
  'test',
  '[',
  'rm',
  'cp',
  'mv',
  'mkdir',
  'cat',
  'export',
  'true',
  'false',
  'echo',
  'env',
  'cd',
  'sh',
  'bash',
]);

/** The line split into commands and the operators between them: outside double quotes only. */
function commands(line) {
  const parts = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && (line.startsWith('&&', i) || line.startsWith('||', i))) {
      parts.push(current.trim(), line.slice(i, i + 2));
      current = '';
      i++;
      continue;
    }
    current += c;
  }
  if (quoted) throw new Error('a double quote left open');
  parts.push(current.trim());
  return parts;
}

/** A command's words, double quotes taken off, as cmd.exe hands them to a program. */
function words(command) {
  const out = [];
  for (const m of command.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[2] !== undefined && /[*?]/.test(m[2]))
      throw new Error(`an unquoted wildcard in ${m[2]} (cmd.exe does not expand it)`);
    if (m[2] !== undefined && m[2].startsWith('~')) throw new Error('~ for the home folder');
    out.push(m[1] ?? m[2]);
  }
  return out;
}

function check(line) {
  for (const [pattern, what] of POSIX_ONLY) {
    // Inside double quotes `<`, `>`, `(`, `)` and `;` are text to both shells; `$` is not, to PowerShell.
    const bare = what === 'a $ expansion' || what === 'backquotes' ? line : line.replace(/"[^"]*"/g, '""');
    if (pattern.test(bare)) throw new Error(what);
  }
  const parts = commands(line);
  for (let i = 0; i < parts.length; i += 2) {
    const [program, ...args] = words(parts[i]);
    if (program === undefined) throw new Error('an empty command');
    if (/^\w+=/.test(program)) throw new Error(`an environment assignment ${program}`);
    if (POSIX_PROGRAMS.has(program)) throw new Error(`${program}, which cmd.exe does not have as a program`);
    if (!['node', 'npm', 'npx', 'duibiao'].includes(program) && !existsSync(join('node_modules', '.bin', program)))
      throw new Error(`${program}, which Windows would not find`);
    parts[i] = [program, ...args];
  }
  return parts;
}

const [flag, line] = process.argv.slice(2);
if (flag !== '-c' || line === undefined) {
  process.stderr.write('usage: cmd-like-shell.mjs -c <command line>\n');
  process.exit(3);
}
let parts;
try {
  parts = check(line);
} catch (error) {
  process.stderr.write(`cmd-like-shell: not for cmd.exe: ${error.message}: ${line}\n`);
  process.exit(3);
}
if (process.env.DUIBIAO_SHELL === 'parse') process.exit(0);

// cmd.exe's rule: `a && b` runs b when a succeeds, `a || b` when it fails; left to right.
let status = 0;
for (let i = 0; i < parts.length; i += 2) {
  const operator = parts[i - 1];
  if ((operator === '&&' && status !== 0) || (operator === '||' && status === 0)) continue;
  const [program, ...args] = parts[i];
  const runs = program === 'npm' || (program === 'node' && args[0] === 'bin/duibiao.js');
  if (!runs) {
    process.stdout.write(`cmd-like-shell: would run ${[program, ...args].join(' ')}\n`);
    status = 0;
    continue;
  }
  const run = spawnSync(program === 'node' ? process.execPath : program, args, { stdio: 'inherit' });
  status = run.status ?? 1;
}
process.exit(status);
