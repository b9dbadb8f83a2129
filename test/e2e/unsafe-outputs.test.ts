// Report targets chosen by someone else: planted links, inputs named as outputs, devices, pipes,
// full disks and signals. As root (as CI runs them), devices are nodes made in a temporary folder,
// so that a version that replaced its target replaces that node, never the system's device.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  copyFileSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, ROOT, stopOf } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(ROOT, 'fixtures/sample-prefecture-2022.csv');
const root = process.getuid?.() === 0;
const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

/** A county file of `rows` rows, past the size from which the JSON findings stream to disk. */
function manyRows(name: string, rows: number): string {
  const [header, first] = readFileSync(SAMPLE, 'utf8').split(/\r?\n/);
  const [county, ...rest] = first!.split(',');
  const file = join(dir, name);
  writeFileSync(
    file,
    [header, ...Array.from({ length: rows }, (_, i) => [`${county}${i}`, ...rest].join(','))].join('\n') + '\n',
  );
  return file;
}

describe('a report named as a file the run reads is refused, however it is spelled', () => {
  const folder = join(dir, 'inputs');
  mkdirSync(folder);
  const data = join(folder, 'county.csv');
  copyFileSync(SAMPLE, data);
  const pack = join(folder, 'pack.yaml');
  copyFileSync(join(ROOT, 'rules/speech-2022.yaml'), pack);
  copyFileSync(join(ROOT, 'rules/speech-2022.txt'), join(folder, 'speech-2022.txt'));
  symlinkSync('county.csv', join(folder, 'link-to-county.csv'));
  const before = readFileSync(data, 'utf8');

  it.each([
    { given: 'the data file', args: [data, '-f', `json:${data}`] },
    { given: 'the data file spelled through ./ and ..', args: [data, '-f', `json:${folder}/../inputs/./county.csv`] },
    { given: 'a link to the data file', args: [data, '-f', `csv:${join(folder, 'link-to-county.csv')}`] },
    { given: 'the rule pack', args: [data, '-r', pack, '-f', `markdown:${pack}`] },
  ])('given $given as the target, exits 2 with output-is-input and leaves it as it was', ({ args }) => {
    const run = duibiao('check', ...args);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-is-input');
    expect(readFileSync(data, 'utf8')).toBe(before);
    expect(lstatSync(join(folder, 'link-to-county.csv')).isSymbolicLink()).toBe(true);
  });

  it('given two reports whose paths differ but name one file through a link, exits 2 with usage', () => {
    symlinkSync('.', join(dir, 'here'));
    const run = duibiao(
      'check',
      SAMPLE,
      '-f',
      `json:${join(dir, 'a.json')}`,
      '-f',
      `sarif:${join(dir, 'here', 'a.json')}`,
    );
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('usage');
  });
});

describe('the temporary file of a report', () => {
  it('given links planted at every name the next processes would use, writes none of their targets', () => {
    const folder = join(dir, 'planted');
    mkdirSync(folder);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not yours\n');
    // Process ids are handed out in turn: the next ones are close above this one.
    const next = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const start = Number(next.stdout);
    for (let pid = start; pid < start + 400; pid++) symlinkSync(victim, join(folder, `.report.md.${pid}.tmp`));
    const run = duibiao('check', SAMPLE, '-f', `markdown:${join(folder, 'report.md')}`);
    expect(run.code).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
    expect(lstatSync(join(folder, 'report.md')).isFile()).toBe(true);
  });

  it('given SIGTERM in the middle of a junit write, leaves no temporary file', () => {
    const folder = join(dir, 'signalled');
    mkdirSync(folder);
    // The signal arrives between two chunks of the report, as a Ctrl-C would.
    const script = `
      import { writeText } from ${JSON.stringify(join(ROOT, 'dist/run/output.js'))};
      function* report() { yield '<testsuites>'; process.kill(process.pid, 'SIGTERM'); yield '</testsuites>'; }
      await writeText(report(), ${JSON.stringify(join(folder, 'out.xml'))});`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(leftovers(folder)).toEqual([]);
    // The signal waits for the write in hand: the report is then whole, or the process ended by it.
    if (run.signal !== 'SIGTERM')
      expect(readFileSync(join(folder, 'out.xml'), 'utf8')).toBe('<testsuites></testsuites>');
  });
});

/** The character device `name` of /dev (major, minor): as root a node of its own in `folder`, else the system's. */
function characterDevice(folder: string, name: string, major: number, minor: number): string {
  if (!root) return `/dev/${name}`;
  const node = join(folder, name);
  execFileSync('mknod', [node, 'c', String(major), String(minor)]);
  return node;
}

describe('a device, FIFO or stdout as the target is written as it is, never replaced', () => {
  const links = join(dir, 'devices');
  mkdirSync(links);
  const devNull = characterDevice(links, 'null', 1, 3);
  const devFull = characterDevice(links, 'full', 1, 7);
  symlinkSync('/dev/stdout', join(links, 'stdout'));
  const big = manyRows('past-the-streaming-size.csv', 3000);

  it('given /dev/null, writes into it and leaves it a device', () => {
    const run = duibiao('check', SAMPLE, '-f', `json:${devNull}`);
    expect(run.code).toBe(1);
    expect(lstatSync(devNull).isCharacterDevice()).toBe(true);
    expect(leftovers(links)).toEqual([]);
  });

  it('given /dev/null for two reports through two names, writes both: a device keeps nothing to overwrite', () => {
    const alsoNull = root ? characterDevice(links, 'also-null', 1, 3) : '/dev/./null';
    const run = duibiao('check', SAMPLE, '-f', `json:${devNull}`, '-f', `sarif:${alsoNull}`);
    expect(run.code).toBe(1);
  });

  it('given /dev/null by its system name, writes into it', () => {
    expect(duibiao('check', SAMPLE, '-f', 'json:/dev/null').code).toBe(1);
  });

  it('given /dev/stdout, the report comes out on stdout as it does with no file', () => {
    const run = duibiao('check', SAMPLE, '-f', `json:${join(links, 'stdout')}`);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(duibiao('check', SAMPLE, '-f', 'json').stdout));
    expect(lstatSync(join(links, 'stdout')).isSymbolicLink()).toBe(true);
  });

  it('given /dev/stdout beside another format on stdout, exits 2 with usage', () => {
    expect(stopOf(duibiao('check', SAMPLE, '-f', `json:${join(links, 'stdout')}`, '-f', 'table')).code).toBe('usage');
  });

  it.each([
    { given: 'a small run', input: SAMPLE },
    { given: 'a run whose JSON findings stream to disk as they are made', input: big },
  ])('given /dev/full on $given, exits 2 with output-full', ({ input }) => {
    const run = duibiao('check', input, '-f', `json:${devFull}`);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-full');
    expect(lstatSync(devFull).isCharacterDevice()).toBe(true);
  });

  it('given stdout redirected to /dev/full, exits 2 with stdout-full', () => {
    const full = openSync('/dev/full', constants.O_WRONLY);
    const run = spawnSync(process.execPath, ['bin/duibiao.js', 'check', SAMPLE, '-f', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(stopOf({ code: run.status, stdout: '', stderr: run.stderr }).code).toBe('stdout-full');
  });

  it('given a FIFO whose reader closes early, exits 2 with output-closed', async () => {
    const fifo = join(dir, 'report-pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('head', ['-c', '10', fifo], { stdio: 'ignore' });
    const run = duibiao('check', big, '-f', `csv:${fifo}`);
    await new Promise((done) => reader.once('exit', done));
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-closed');
  });
});

describe('a target planted by whoever sent the files: a disk, or a device or FIFO behind a link, is refused unopened', () => {
  const planted = join(dir, 'planted-streams');
  mkdirSync(planted);
  const fifo = join(planted, 'no-reader');
  execFileSync('mkfifo', [fifo]);
  symlinkSync(fifo, join(planted, 'report.json'));
  symlinkSync('/dev/null', join(planted, 'report.sarif'));
  symlinkSync('/dev', join(planted, 'dev-folder'));

  it.each([
    { given: 'a link to a FIFO no one reads (it would hang the job)', target: join(planted, 'report.json') },
    { given: 'a link to /dev/null', target: join(planted, 'report.sarif') },
    { given: 'a link to /dev as the folder of the target', target: join(planted, 'dev-folder', 'null') },
  ])('given $given, exits 2 with output-unsafe and leaves the link', ({ target }) => {
    const run = duibiao('check', SAMPLE, '-f', `json:${target}`);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-unsafe');
    expect(leftovers(planted)).toEqual([]);
  });

  it('given a link to a regular file, replaces the link and leaves the file it pointed at', () => {
    const victim = join(planted, 'victim.txt');
    writeFileSync(victim, 'not yours\n');
    symlinkSync(victim, join(planted, 'report.md'));
    expect(duibiao('check', SAMPLE, '-f', `markdown:${join(planted, 'report.md')}`).code).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
    expect(lstatSync(join(planted, 'report.md')).isFile()).toBe(true);
  });

  // Only root makes device nodes; CI runs these tests as root. The node's numbers name a loop
  // device no test machine attaches, so even a faulty version would find nothing there to write.
  describe.skipIf(!root)('a block device (root only: a device node is made for it)', () => {
    const disk = join(planted, 'disk');
    if (root) {
      execFileSync('mknod', [disk, 'b', '7', '250']);
      symlinkSync(disk, join(planted, 'report.csv'));
    }

    it.each([
      { given: 'a link to a block device, as one planted to /dev/sda would be', target: join(planted, 'report.csv') },
      { given: 'a block device named as itself', target: disk },
    ])('given $given, exits 2 with output-unsafe before reading anything', ({ target }) => {
      const run = duibiao('check', SAMPLE, '-f', `csv:${target}`);
      expect(run.code).toBe(2);
      expect(stopOf(run).code).toBe('output-unsafe');
      expect(lstatSync(disk).isBlockDevice()).toBe(true);
    });
  });
});

describe('the bulletin is a page for a browser, not text for a terminal', () => {
  // util-linux `script` runs the command on a pseudo-terminal, as a person at one would.
  const hasScript = process.platform !== 'win32' && spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)(
    'given -f html to stdout on a terminal, refuses it as a usage error (exit 2) and writes no page',
    () => {
      const command = [process.execPath, 'bin/duibiao.js', 'check', SAMPLE, '-f', 'html', '--as-of', '2022-12-31']
        .map((arg) => `'${arg}'`)
        .join(' ');
      const run = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toMatch(/-f html:\S+.*\[usage\]/);
      expect(run.stdout).not.toContain('<!DOCTYPE');
    },
  );

  it('given -f html to a pipe, writes the page', () => {
    const run = duibiao('check', SAMPLE, '-f', 'html', '--as-of', '2022-12-31');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('a long Chinese report name', () => {
  const folder = join(dir, 'long-names');
  mkdirSync(folder);
  it('given a name of 240 bytes, writes the report: its temporary name is short whatever the report is called', () => {
    const report = join(folder, `${'县'.repeat(80)}.json`);
    const run = duibiao('check', SAMPLE, '-f', `json:${report}`, '--as-of', '2022-12-31');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveProperty('findings');
    expect(leftovers(folder)).toEqual([]);
  });

  it('given a name the file system refuses as too long, stops with output-unwritable (exit 2), not an internal error', () => {
    const run = duibiao(
      'check',
      SAMPLE,
      '-f',
      `json:${join(folder, `${'县'.repeat(90)}.json`)}`,
      '--as-of',
      '2022-12-31',
    );
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-unwritable');
    expect(leftovers(folder)).toEqual([]);
  });
});
