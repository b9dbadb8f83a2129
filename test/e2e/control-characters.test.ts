// Text from others (county names, cells, file names, pack titles and keys) never reaches a
// person's screen with a raw control or bidi character, in any human format or on stderr.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, ROOT } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-controls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What an attacker would plant: ESC sequences (colour, OSC 8 link, OSC 52 clipboard), BEL, C1 CSI, DEL, NEL, RLO. */
const PLANTED =
  '\u001b[2J\u001b]8;;https://x.example\u0007链\u001b]8;;\u0007\u001b]52;c;cm0gLXJm\u0007\u009b31m\u007f\u0085\u202e\u2066';
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const [header, ...rows] = readFileSync(join(ROOT, 'fixtures/sample-prefecture-2022.csv'), 'utf8').split(/\r?\n/);
// Every county misses a target, so each format names every county; the first's name carries the payload.
const data = join(dir, `county-name-and-file-name-\u001b[1m.csv`);
const failing = rows
  .filter(Boolean)
  .map((row, i) => (i === 0 ? row.replace(/^[^,]+/, `白水县${PLANTED}`) : row).replace(/,是,是,/, ',否,否,'));
writeFileSync(data, [header, ...failing, `"约${PLANTED}",439999,2022`].join('\n') + '\n');
const pack = join(dir, 'pack-with-control-characters.yaml');
copyFileSync(join(ROOT, 'rules/speech-2022.txt'), join(dir, 'speech-2022.txt'));
// eslint-disable-next-line no-control-regex
const C0_C1 = /[\u0000-\u001f\u007f-\u009f]/g;
writeFileSync(
  pack,
  readFileSync(join(ROOT, 'rules/speech-2022.yaml'), 'utf8')
    .replace(
      /^title: (.*)$/m,
      `title: "$1${PLANTED.replace(C0_C1, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`,
    )
    .replace(/^( {4}title: )(.*)$/m, '$1"$2\\e]52;c;eA==\\a\\u202e"'),
);

describe('human formats show planted control characters as \\uXXXX', () => {
  // The bulletin to a pipe: its HTML and the text of its SVG charts, which ECharts draws.
  it.each(['table', 'summary', 'markdown', 'github', 'html'])(
    'given %s, writes no raw control or bidi character',
    (format) => {
      const run = duibiao('check', data, '-r', pack, '-f', format, '--as-of', '2022-12-31');
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(RAW);
      expect(run.stderr).not.toMatch(RAW);
      // Shown, not dropped: the reader can see something was there.
      expect(run.stdout).toContain('\\u001b');
    },
  );

  it('given rules and explain on such a pack, write no raw control character', () => {
    for (const run of [
      duibiao('rules', '-r', pack),
      duibiao('explain', 'assistance.all-eligible-enrolled', '-r', pack),
    ]) {
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(RAW);
    }
  });

  it('given an unknown pack key and a file name with control characters, stderr shows them as \\uXXXX', () => {
    const bad = join(dir, `bad-pack-\u001b]52;c;eA==\u0007.yaml`);
    writeFileSync(bad, readFileSync(pack, 'utf8').replace(/^id: /m, '"unknown\\e[8m\\u202ekey": 1\nid: '));
    const run = duibiao('check', data, '-r', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pack-unknown-key');
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('\\u001b');
  });
});
