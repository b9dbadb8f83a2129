// The rows a large run keeps on disk read back as they went in, every kind of cell and place, in
// order and as often as asked; and the findings judged again from them are the findings of a run
// that judged them as they were read.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cell, Row, Verdict, VerdictPlace } from '../../src/model/types.js';
import { RowStore } from '../../src/run/row-store.js';
import { rowMeter } from '../../src/run/row-meter.js';
import { RowSpool } from '../../src/run/spool.js';
import { checkData } from '../../src/run/check-data.js';
import { builtin } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-row-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constant(-0),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.record({ n: fc.bigInt(), d: fc.bigInt({ min: 1n }) }).map((exact) => ({ ...exact })),
);

const row: fc.Arbitrary<Row> = fc
  .record(
    {
      file: fc.constantFrom('a.csv', '县.xlsx', join('某', 'b.csv')),
      sheet: fc.constantFrom('Sheet1', '表二'),
      line: fc.integer({ min: 1, max: 2 ** 31 }),
      county: fc.option(fc.string({ maxLength: 8 })),
      year: fc.option(fc.integer({ min: 1900, max: 2100 })),
      reportDate: fc.option(fc.constant('2022-12-31')),
      table: fc.integer({ min: 1, max: 3 }),
      period: fc.integer({ min: 0, max: 30000 }),
      cells: fc.array(cell, { maxLength: 40 }),
    },
    { requiredKeys: ['file', 'line', 'county', 'year', 'reportDate', 'cells'] },
  )
  // fast-check's records have no prototype; the reader's rows are plain objects.
  .map((value): Row => ({ ...value }));

describe('the row store', () => {
  it('given any rows, in any batches, reads them back equal and in order, twice', () => {
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 20 }), { maxLength: 6 }), (batches) => {
        const store = new RowStore();
        try {
          for (const batch of batches) store.add(batch);
          const all = batches.flat();
          expect([...store.rows()]).toStrictEqual(all);
          expect([...store.rows()]).toStrictEqual(all);
        } finally {
          store.dispose();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts for the progress line the rows kept, each pass begun, and each row handed on, a pass left early too', () => {
    const store = new RowStore();
    try {
      const from = rowMeter();
      const rows = Array.from({ length: 30_000 }, (_, i): Row => ({
        file: 'a.csv',
        line: i + 2,
        county: '青山县',
        year: 2022,
        reportDate: null,
        cells: [i, '是'],
      }));
      store.add(rows.slice(0, 10_000));
      store.add(rows.slice(10_000));
      expect(rowMeter()).toEqual({ ...from, kept: from.kept + 30_000 });
      expect([...store.rows()]).toHaveLength(30_000);
      let taken = 0;
      for (const _ of store.rows()) if (++taken === 12_345) break;
      expect(rowMeter()).toEqual({ kept: from.kept + 30_000, passes: from.passes + 2, passed: from.passed + 42_345 });
    } finally {
      store.dispose();
    }
  });

  it('given rows larger than a chunk among small ones, and enough to fill many chunks, reads every one', () => {
    const store = new RowStore();
    try {
      const huge: Row = {
        file: 'a.csv',
        line: 2,
        county: 'x',
        year: 2022,
        reportDate: null,
        cells: ['字'.repeat(1 << 20)],
      };
      const small = (line: number): Row => ({
        file: 'a.csv',
        line,
        county: '青山县',
        year: 2022,
        reportDate: null,
        cells: [line, 1.5, '是'],
      });
      const rows = [small(1), huge, ...Array.from({ length: 60_000 }, (_, i) => small(i + 3)), huge];
      store.add(rows);
      expect([...store.rows()]).toStrictEqual(rows);
    } finally {
      store.dispose();
    }
  });

  it('leaves no file behind once disposed', () => {
    const before = new Set(readdir());
    const store = new RowStore();
    store.add([{ file: 'a.csv', line: 1, county: null, year: null, reportDate: null, cells: [] }]);
    expect(readdir().filter((name) => !before.has(name))).toHaveLength(1);
    store.dispose();
    expect(readdir().filter((name) => !before.has(name))).toEqual([]);
  });
});

function readdir(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('duibiao-rows-'));
}

describe('findings judged again from the kept rows', () => {
  it('are the findings of a check that judged the rows as they were read, every rule alone and all together', async () => {
    const file = join(dir, 'messy.csv');
    const [header, ...rows] = readFileSync('fixtures/messy-cells.csv', 'utf8').trim().split('\n');
    const sample = readFileSync('fixtures/sample-prefecture-2022.csv', 'utf8').trim().split('\n').slice(1);
    writeFileSync(file, `${[header, ...rows, ...sample, ...rows].join('\n')}\n`);
    const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const };
    const whole = await checkData([file], builtin, { ...options, counting: false });
    const spool = new RowSpool({
      rules: builtin.rules,
      fields: builtin.fields,
      options: { asOf: options.asOf, today: options.today },
    });
    try {
      const result = await checkData([file], builtin, {
        ...options,
        counting: false,
        onRows: (batch) => spool.rows(batch),
      });
      const findings = spool.finish(result);
      expect([...findings()]).toEqual(whole.findings);
      for (const rule of builtin.rules)
        expect([...findings(rule.id)]).toEqual(whole.findings.filter((verdict) => verdict.rule === rule.id));
      expect(result.summary).toEqual(whole.summary);
      // Brief, for a ranking: every miss whole; a pass or a target that does not apply the same but for its values and words.
      const brief = [...findings(undefined, new Set(['pass', 'not_applicable']))];
      expect(brief).toHaveLength(whole.findings.length);
      brief.forEach((verdict, i) => {
        const full = whole.findings[i]!;
        if (full.scope === 'county' && (full.status === 'pass' || full.status === 'not_applicable'))
          expect(verdict).toEqual({ ...full, actual: null, target: null, comparison: null, detail: null, message: '' });
        else expect(verdict).toEqual(full);
      });
      expect(brief.some((verdict) => verdict.status === 'pass')).toBe(true);
      expect(brief.some((verdict) => verdict.status === 'not_applicable')).toBe(true);
      expect(brief.some((verdict) => verdict.status === 'fail')).toBe(true);
      // Made in one pass and grouped by rule, whichever rule is asked for first: a pass by its
      // place alone, a rule whose first verdicts do not pass, texts longer than a chunk.
      const long = 'x'.repeat(1 << 17);
      const render = (verdict: Verdict): string | undefined =>
        verdict.status === 'not_applicable'
          ? undefined
          : `${verdict.county ?? ''}|${verdict.status === 'invalid' ? long : ''}${JSON.stringify(verdict.message)}\n`;
      const key = (place: VerdictPlace): string => `${place.county ?? '?'} ${place.year ?? '?'}`;
      const after = (rule: string): string => `|${rule}\n`;
      const written = (verdict: Verdict): string =>
        verdict.scope === 'county' && verdict.status === 'pass'
          ? `<${key(verdict)}${after(verdict.rule)}`
          : (render(verdict) ?? '');
      const texts = spool.byRule(result)({ plain: new Set(['pass']), render, key, before: '<', after });
      const rules = [...builtin.rules].reverse();
      for (const rule of rules) {
        const bytes = Buffer.concat([...texts(rule.id)]).toString();
        expect(bytes).toBe(
          whole.findings
            .filter((verdict) => verdict.rule === rule.id)
            .map(written)
            .join(''),
        );
      }
      expect(whole.findings.some((verdict) => verdict.status === 'invalid')).toBe(true);
    } finally {
      spool.dispose();
    }
  });
});
