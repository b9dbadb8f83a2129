// One policy for every file a run reads, and a config from the checkout kept inside it: what a pull
// request could plant (a link to /dev/zero, a FIFO, a config naming report targets outside, a link
// to a file of the CI runner) ends the run at once with its code, and nothing is read or written.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, stopOf, type Report, type Run } from './run.js';

const SAMPLE = join(ROOT, 'fixtures/sample-prefecture-2022.csv');
const ROUND = join(ROOT, 'fixtures/round');
const AT = ['--as-of', '2022-12-31'];

const dir = mkdtempSync(join(tmpdir(), 'duibiao-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the built command in `cwd`, as a CI job runs it in the checkout, with a heap far below what
 * reading /dev/zero would take, and a time limit far above what a refusal takes (a run that hangs
 * on a FIFO ends with code null).
 */
function inCheckout(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--max-old-space-size=96', join(ROOT, 'bin/duibiao.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A checkout with the sample return in submissions/, and whatever a test plants in it. */
function checkout(name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'submissions'), { recursive: true });
  copyFileSync(SAMPLE, join(root, 'submissions/sample.csv'));
  return root;
}

/** A file of the CI runner that no report may show a line of. */
const SECRET = join(dir, 'runner-secret.csv');
writeFileSync(SECRET, 'TOKEN=ghp_secret_line_of_the_runner\nsecond,line\n');

describe("the round's own files are read as data files are: a link to /dev/zero or a FIFO ends the run at once", () => {
  const fifo = join(dir, 'no-writer.yaml');
  execFileSync('mkfifo', [fifo]);
  const zero = join(dir, 'link-to-dev-zero.yaml');
  symlinkSync('/dev/zero', zero);
  const repo = checkout('round-files');

  it.each([
    { option: '--config', given: 'a symlink to /dev/zero', file: zero },
    { option: '--config', given: 'a FIFO with no writer', file: fifo },
    { option: '--waivers', given: 'a symlink to /dev/zero', file: zero },
    { option: '--waivers', given: 'a FIFO with no writer', file: fifo },
    { option: '--baseline', given: 'a symlink to /dev/zero', file: zero },
    { option: '--baseline', given: 'a FIFO with no writer', file: fifo },
    { option: '--counties', given: 'a symlink to /dev/zero', file: zero },
    { option: '--counties', given: 'a FIFO with no writer', file: fifo },
  ])('given $option as $given, stops with file-unreadable (exit 2), in bounded memory', ({ option, file }) => {
    const run = inCheckout(repo, 'check', 'submissions/sample.csv', ...AT, option, file, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
  });

  it('given duibiao.config.yaml in the checkout as a FIFO, stops with file-unreadable', () => {
    const root = checkout('config-fifo');
    execFileSync('mkfifo', [join(root, 'duibiao.config.yaml')]);
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
  });

  it('given waivers over 4 MiB, stops with file-too-large before parsing them', () => {
    const file = join(dir, 'waivers-over-4-mib.yaml');
    writeFileSync(file, `# ${'注'.repeat(1_500_000)}\n[]\n`);
    const run = inCheckout(repo, 'check', 'submissions/sample.csv', ...AT, '--waivers', file, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-too-large');
  });
});

describe('a config from the checkout names only files inside its folder', () => {
  const outside = join(dir, 'outside');
  mkdirSync(outside);
  const existing = join(outside, 'existing.json');
  let planted = 0;
  writeFileSync(existing, 'kept\n');

  it.each([
    { given: 'a report climbing out with ..', config: 'format: "json:../outside/pwned.json"' },
    { given: 'a report at an absolute path', config: `format: "json:${existing}"` },
    { given: 'a report in a home folder', config: 'format: "csv:~/.bashrc"' },
    { given: 'a report through a folder link to outside', config: 'format: "json:out/pwned.json"', link: true },
    { given: 'a roster climbing out', config: 'counties: ../outside/roster.csv' },
    { given: 'waivers at an absolute path', config: `waivers: ${join(ROUND, 'waivers-one-granted.yaml')}` },
    { given: 'a pack through a folder link to outside', config: 'rules: out/pack.yaml', link: true },
  ])('given $given, stops with config-path-outside and writes nothing', ({ config, link }) => {
    const root = checkout(`config-outside-${++planted}`);
    if (link) symlinkSync(outside, join(root, 'out'));
    writeFileSync(join(root, 'duibiao.config.yaml'), `${config}\n`);
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('config-path-outside');
    expect(run.stdout).toBe('');
    expect(existsSync(join(outside, 'pwned.json'))).toBe(false);
    expect(readFileSync(existing, 'utf8')).toBe('kept\n');
  });

  it('given --config in a folder of the checkout, its paths are relative to it and stay in it', () => {
    const root = checkout('config-in-a-folder');
    mkdirSync(join(root, 'ci/reports'), { recursive: true });
    copyFileSync(join(ROUND, 'waivers-one-granted.yaml'), join(root, 'ci/waivers.yaml'));
    writeFileSync(join(root, 'ci/duibiao.config.yaml'), 'waivers: waivers.yaml\nformat: json:reports/findings.json\n');
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT, '--config', 'ci/duibiao.config.yaml');
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'ci/reports/findings.json'), 'utf8')) as Report;
    expect(report.summary.waived).toBe(1);
  });

  it('given a config report named like an input, refuses it as the same command-line target would be: output-is-input', () => {
    const root = checkout('config-target-is-input');
    writeFileSync(join(root, 'duibiao.config.yaml'), 'format: "csv:submissions/sample.csv"\n');
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-is-input');
    expect(readFileSync(join(root, 'submissions/sample.csv'))).toEqual(readFileSync(SAMPLE));
  });

  it('given a config report at a link to a FIFO planted in the checkout, refuses it unopened: output-unsafe', () => {
    const root = checkout('config-target-fifo');
    execFileSync('mkfifo', [join(root, 'fifo')]);
    symlinkSync('fifo', join(root, 'report.json'));
    writeFileSync(join(root, 'duibiao.config.yaml'), 'format: "json:report.json"\n');
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('output-unsafe');
  });

  it('given a flag, the flag wins over the config: --fail-on error stands against failOn: never', () => {
    const root = checkout('config-fail-on-never');
    writeFileSync(join(root, 'duibiao.config.yaml'), 'failOn: never\n');
    expect(inCheckout(root, 'check', 'submissions/sample.csv', ...AT, '-f', 'summary').code).toBe(0);
    expect(inCheckout(root, 'check', 'submissions/sample.csv', ...AT, '-f', 'summary', '--fail-on', 'error').code).toBe(
      1,
    );
  });
});

describe('a link in the checkout that leads out of it', () => {
  it('given a submission that links to a file of the runner, stops with link-outside and shows none of it', () => {
    const root = checkout('link-to-runner-file');
    symlinkSync(SECRET, join(root, 'submissions/county.csv'));
    const run = inCheckout(root, 'check', 'submissions/sample.csv', 'submissions/county.csv', ...AT, '-f', 'github');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('link-outside');
    expect(run.stdout + run.stderr).not.toContain('ghp_secret');
  });

  it('given a folder of the checkout that links to outside, stops with link-outside', () => {
    const root = checkout('folder-link');
    mkdirSync(join(dir, 'elsewhere'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'elsewhere/sample.csv'));
    symlinkSync(join(dir, 'elsewhere'), join(root, 'linked'));
    const run = inCheckout(root, 'check', 'linked/sample.csv', ...AT, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('link-outside');
  });

  it.each([
    ['the folder', 'submissions'],
    ['a pattern', 'submissions/*.csv'],
    ['a linked folder', 'linked'],
  ])('given %s holding a link to a file of the runner, stops with link-outside and shows none of it', (_, argument) => {
    const root = checkout(`found-link-${argument.replace(/\W/g, '')}`);
    symlinkSync(SECRET, join(root, 'submissions/county.csv'));
    symlinkSync(join(root, 'submissions'), join(root, 'linked'));
    const run = inCheckout(root, 'check', argument, ...AT, '-f', 'github');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('link-outside');
    expect(run.stdout + run.stderr).not.toContain('ghp_secret');
  });

  it('given a folder outside the checkout named on the command line, reads it as named, links inside it too', () => {
    const outside = join(dir, 'named-outside');
    mkdirSync(outside, { recursive: true });
    copyFileSync(SAMPLE, join(outside, 'sample.csv'));
    symlinkSync(join(outside, 'sample.csv'), join(outside, 'again.yaml.csv'));
    const run = inCheckout(
      checkout('named-outside-root'),
      'check',
      outside,
      ...AT,
      '-f',
      'summary',
      '--fail-on',
      'never',
    );
    expect(run.code).toBe(0);
  });

  it.each(['--waivers', '--baseline', '--counties', '--rules'])(
    'given %s as a link in the checkout to a file outside, stops with link-outside',
    (option) => {
      const root = checkout(`round-link${option}`);
      symlinkSync(SECRET, join(root, 'linked.yaml'));
      const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT, option, 'linked.yaml', '-f', 'summary');
      expect(run.code).toBe(2);
      expect(stopOf(run).code).toBe('link-outside');
    },
  );

  it('given duibiao.config.yaml in the checkout as a link to outside, stops with link-outside before reading it', () => {
    const root = checkout('config-link');
    symlinkSync(join(ROUND, 'duibiao.config.yaml'), join(root, 'duibiao.config.yaml'));
    const run = inCheckout(root, 'check', 'submissions/sample.csv', ...AT, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('link-outside');
  });

  it('given --follow-links, reads through the link, and still shows no line of a file that is not a table', () => {
    const root = checkout('follow-links');
    symlinkSync(SECRET, join(root, 'submissions/county.csv'));
    for (const format of ['github', 'markdown', 'json', 'table']) {
      const run = inCheckout(
        root,
        'check',
        'submissions/county.csv',
        ...AT,
        '--follow-links',
        '-f',
        format,
        '--lang',
        'en',
      );
      expect(run.code, format).toBe(1);
      expect(run.stdout + run.stderr, format).not.toContain('ghp_secret');
    }
  });

  it('given a link that stays inside the checkout, or a file named by its path outside it, reads it', () => {
    const root = checkout('links-inside');
    symlinkSync('sample.csv', join(root, 'submissions/linked.csv'));
    expect(inCheckout(root, 'check', 'submissions/linked.csv', ...AT, '-f', 'summary').code).toBe(1);
    expect(inCheckout(root, 'check', SAMPLE, ...AT, '-f', 'summary').code).toBe(1);
  });
});

describe('a roster kept as a workbook', () => {
  it.each(['roster-9-counties.xlsx', 'roster-9-counties.xls'])(
    'given %s, is read as the CSV roster is: the ninth county not submitted, at its row',
    (roster) => {
      const run = inCheckout(ROOT, 'check', SAMPLE, ...AT, '--counties', join(ROUND, roster), '-f', 'json');
      expect(run.code).toBe(1);
      const problems = (JSON.parse(run.stdout) as Report).problems;
      expect(problems.map((p) => [p.code, p.line])).toEqual([['county-not-submitted', 11]]);
    },
  );

  it('given a workbook roster, a wrong code and a short name are found as with the CSV roster', () => {
    const codes = (roster: string): string[] => {
      const run = inCheckout(
        ROOT,
        'check',
        join(ROUND, 'short-name-and-wrong-code.csv'),
        ...AT,
        '--counties',
        join(ROUND, roster),
        '-f',
        'json',
      );
      return (JSON.parse(run.stdout) as Report).problems.map((p) => `${p.code}:${p.line}`).sort();
    };
    expect(codes('roster-9-counties.xlsx')).toEqual(codes('roster-9-counties.csv'));
    expect(codes('roster-9-counties.xls')).toEqual(codes('roster-9-counties.csv'));
  });
});
