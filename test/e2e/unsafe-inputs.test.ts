// Inputs that are not files, or that would take unbounded memory or time: refused at once with a code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, ROOT, stopOf } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One anchored row of about 100 KB, then 20,000 aliases of it: a small file that stands for 2 GB of cells. */
function aliasBomb(indent = ''): string {
  const row = Array.from({ length: 2000 }, (_, i) => `k${i}: ${'x'.repeat(40)}`).join(', ');
  return [`${indent}- &r {${row}}`, ...Array.from({ length: 20000 }, () => `${indent}- *r`)].join('\n') + '\n';
}

describe('data files that are not regular files: file-unreadable at once, nothing read', () => {
  const fifo = join(dir, 'no-writer.csv');
  execFileSync('mkfifo', [fifo]);
  const zero = join(dir, 'link-to-dev-zero.csv');
  symlinkSync('/dev/zero', zero);
  const folder = join(dir, 'folder.csv');
  mkdirSync(folder);

  it.each([
    { given: 'a FIFO with no writer', file: fifo, says: 'it is a pipe' },
    { given: 'a symlink to /dev/zero', file: zero, says: 'it is a device' },
    // A folder is read as the returns in it (src/read/inputs.ts): this one holds none.
    { given: 'a folder named like a CSV, holding no return', file: folder, says: 'the folder holds no' },
  ])('given $given, stops with file-unreadable', ({ file, says }) => {
    // The reason in English words, which the file's own name does not hold.
    const run = duibiao('check', file, '-f', 'summary', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
    expect(run.stderr).toContain(says);
  });

  it('given a rule pack that links to /dev/zero, stops with file-unreadable, as a data file would', () => {
    const pack = join(dir, 'pack-to-dev-zero.yaml');
    symlinkSync('/dev/zero', pack);
    const run = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '-r', pack);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-unreadable');
  });
});

describe('files read whole are bounded', () => {
  it('given a JSON data file over 4 MiB, stops with file-too-large before parsing it', () => {
    const file = join(dir, 'json-over-4-mib.json');
    const row = JSON.stringify({ 县市区: '白水县', 年度: 2022, 行政村总数: 10 });
    writeFileSync(file, `[${Array.from({ length: 90_000 }, () => row).join(',')}]`);
    const run = duibiao('check', file, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-too-large');
  });

  it('given a rule pack over 1 MiB, stops with file-too-large', () => {
    const file = join(dir, 'pack-over-1-mib.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'rules/speech-2022.yaml'), 'utf8') + `# ${'注'.repeat(400_000)}\n`);
    const run = duibiao('rules', '-r', file);
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('file-too-large');
  });
});

describe('YAML aliases cost no more than the text they are written in', () => {
  it('given 100 KB anchored row and 20,000 aliases of it in a data file, stops with format-error at once', () => {
    const file = join(dir, 'alias-bomb.yaml');
    writeFileSync(file, aliasBomb());
    // Resolved as the parser does, one walk of the document per alias, this took close to a minute.
    const run = duibiao('check', file, '-f', 'summary');
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('format-error');
    expect(run.stderr).toContain('alias');
  });

  it('given the same aliases under a key of a rule pack, the pack is refused as an alias bomb', () => {
    const file = join(dir, 'alias-bomb-pack.yaml');
    writeFileSync(file, `${readFileSync(join(ROOT, 'rules/speech-2022.yaml'), 'utf8')}\nextra:\n${aliasBomb('  ')}`);
    const run = duibiao('rules', '-r', file);
    expect(run.code).toBe(2);
    expect(stopOf(run).details.map((d) => d.code)).toContain('pack-syntax');
  });

  it('given a few aliased rows, reads each as the row it names', () => {
    const file = join(dir, 'two-counties-one-aliased.yaml');
    writeFileSync(file, '- &a {县市区: 白水县, 年度: 2022, 行政村总数: 10}\n- *a\n');
    const run = duibiao('check', file, '-f', 'json');
    const report = JSON.parse(run.stdout) as { summary: { rows: number }; problems: { code: string }[] };
    expect(report.summary.rows).toBe(2);
    expect(report.problems.map((p) => p.code)).toContain('duplicate-row-key');
  });
});
