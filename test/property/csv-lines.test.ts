// Well-formed CSV with any cells and any line ends: every row is read, at the line where it starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtin } from '../helpers.js';
import { checkFiles } from './pipeline.js';
import { budget, settings } from './settings.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['county', 'year', 'townships_total', 'townships_with_elder_center'];
const cell = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('', ' ', '"', '\r', '\n', '\r\n', 'a\r\nb', ',', '2022', '16'),
);
// Undecodable text is covered elsewhere; here the text must come back as written.
// A cell with text starts with it: a label indented under a county is a 其中 row (a breakdown, set
// aside by design and tested in test/unit/table-records.test.ts), not a row these lines are about.
const clean = (text: string) => {
  const kept = text.replace(/[\uFFFD\0\uFEFF]/g, 'x');
  return kept.trim() === '' ? kept : kept.trimStart();
};

function quote(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

describe('line numbers', () => {
  it(
    'given quoted cells with CR, LF and CRLF, mixed line ends and maybe no final newline, puts every row at its first line',
    async () => {
      const table = fc.record({
        delimiter: fc.constantFrom(',', ';', '\t'),
        rows: fc.array(fc.array(cell.map(clean), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        ends: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 9, maxLength: 9 }),
        finalNewline: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(table, async ({ delimiter, rows, ends, finalNewline }) => {
          const records = [HEADER, ...rows].map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter));
          const text = records
            .map((record, i) => record + (i < records.length - 1 || finalNewline ? ends[i]! : ''))
            .join('');
          const file = join(dir, 'case.csv');
          writeFileSync(file, text);
          const result = await checkFiles([file], builtin);
          if (!('findings' in result)) throw result;
          // The line each record starts on, counting every CR, LF and CRLF before it.
          let line = 1;
          const expected: { line: number; county: string | null }[] = [];
          records.forEach((record, i) => {
            const cells = i === 0 ? HEADER : rows[i - 1]!;
            if (i > 0 && cells.some((c) => c.trim() !== '')) expected.push({ line, county: cells[0]!.trim() || null });
            line += 1 + (record.match(/\r\n|\r|\n/g)?.length ?? 0);
          });
          const rule = builtin.rules[0]!.id;
          const got = result.findings
            .filter((f) => f.scope === 'county' && f.rule === rule)
            .map((f) => ({ line: f.location!.line, county: f.county }));
          expect(got).toEqual(expected);
        }),
        settings(1500),
      );
    },
    budget(1500),
  );
});
