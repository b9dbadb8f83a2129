import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/model/codes.js';
import { renderProblems } from '../../scripts/problems-doc.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS = fileURLToPath(import.meta.url);
const sources = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, folder, name));
const mentions = (files: string[]) => {
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  return (code: string) => text.includes(`'${code}'`);
};

describe('the problem catalogue', () => {
  it('is what docs/problems.md says (run `npm run docs` after changing it)', async () => {
    await expect(renderProblems()).toMatchFileSnapshot('../../docs/problems.md');
  });

  it('holds only codes that the source emits', () => {
    const emitted = mentions(sources('src').filter((file) => !file.endsWith(join('model', 'codes.ts'))));
    expect(Object.keys(CODES).filter((code) => !emitted(code))).toEqual([]);
  });

  it('holds only codes that some test asserts', () => {
    const tested = mentions(sources('test').filter((file) => file !== THIS));
    expect(
      Object.keys(CODES).filter((code) => !tested(code)),
      `untested codes (${relative(ROOT, THIS)})`,
    ).toEqual([]);
  });
});
