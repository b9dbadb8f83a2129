// A return laid out wide (the twelve months side by side, 75 columns) is counted without the
// checker's cell bit masks, which stop at 64 columns: it gives the account judging every row
// gives, blanks and unreadable cells below 32, up to 64 and past it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/files.js';
import { checkData } from '../../src/run/check-data.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-wide-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pack = await loadPack('fixtures/packs/monthly-columns-past-64.yaml');
const fixture = 'fixtures/monthly-columns-past-64.csv';
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const };

/** The fixture's counties 400 times over under new names and codes: many batches. */
const many = join(dir, 'wide-many-batches.csv');
{
  const [title, header, ...rest] = readFileSync(fixture, 'utf8').trim().split('\r\n');
  const rows = rest.filter((line) => !line.startsWith('填表人'));
  const lines = [title, header];
  for (let i = 0; i < 400; i++)
    lines.push(
      ...rows.map((row) =>
        row.replace(/^([^,]*),(\d+)/, (_, county: string, code: string) => `${county}${i},${Number(code) + 100 * i}`),
      ),
    );
  writeFileSync(many, `${lines.join('\r\n')}\r\n`);
}

describe('a pack of more than 64 columns', () => {
  it('given the wide fixture, counts each blank and unreadable cell wherever its column is', async () => {
    expect(pack.fields.length).toBeGreaterThan(64);
    const counted = await checkData([fixture], pack, { ...options, counting: true });
    const december = counted.ruleCounts['price-linkage.december-subsidy-paid']!;
    expect({ missing: december.missing, invalid: december.invalid }).toEqual({ missing: 2, invalid: 0 });
    expect(counted.ruleCounts['price-linkage.december-on-time']!.invalid).toBe(1);
    expect(counted.ruleCounts['price-linkage.january-subsidy-paid']!.invalid).toBe(1);
    expect(counted.ruleCounts['price-linkage.july-on-time']!.missing).toBe(1);
  });

  it.each([
    { given: 'the wide fixture', files: [fixture] },
    { given: 'it four hundred times over, in many batches', files: [many] },
  ])('given $given, counts what judging every row counts', async ({ files }) => {
    const judged = await checkData(files, pack, { ...options, counting: false });
    const one = await checkData(files, pack, { ...options, counting: true });
    expect(one.ruleCounts).toEqual(judged.ruleCounts);
    expect(one.summary).toEqual(judged.summary);
    expect(one.summary.rows).toBe(files[0] === fixture ? 8 : 3200);
  });
});
