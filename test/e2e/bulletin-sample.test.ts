// docs/bulletin-sample.png, which the README shows, is made by scripts/bulletin-sample.mjs from the
// build; the hash of the bulletin's text it was made from is kept beside it. When the bulletin's
// words or verdicts change, this fails until `npm run bulletin-sample` is run again.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

describe('docs/bulletin-sample.png', () => {
  it('was made from the bulletin the current build writes (else: npm run bulletin-sample)', () => {
    const run = spawnSync(process.execPath, [join('scripts', 'bulletin-sample.mjs'), '--hash'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const kept = readFileSync(join(ROOT, 'docs', 'bulletin-sample.sha256'), 'utf8').trim();
    expect(run.stdout.trim()).toBe(kept);
  });

  it('is a PNG of a page, wider than high', () => {
    const png = readFileSync(join(ROOT, 'docs', 'bulletin-sample.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(height);
    expect(width).toBeGreaterThanOrEqual(1123);
  });
});
