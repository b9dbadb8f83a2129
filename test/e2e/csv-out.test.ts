// The CSV report as Excel's "CSV UTF-8" saves it: a BOM, so that Excel on a Chinese Windows reads
// UTF-8 rather than the system's code page; CRLF; the columns named as the JSON report's fields, in
// every language, for scripts.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duibiao, ROOT } from './run.js';

const OUT = join(ROOT, 'test-output', 'csv');
const CHECK = ['check', 'fixtures/sample-prefecture-2022.csv', '--as-of', '2022-12-31'];

describe('the CSV report', { timeout: 60_000 }, () => {
  it.each(['zh', 'en'])(
    "given --lang %s, writes a file that begins with the UTF-8 BOM, its header the JSON report's field names",
    (lang) => {
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, `sample-${lang}.csv`);
      expect(duibiao(...CHECK, '--lang', lang, '-f', `csv:${file}`).code).toBe(1);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const header = text.slice(0, text.indexOf('\r\n')).split(',');
      expect(header).toEqual([
        'county',
        'year',
        'rule',
        'status',
        'severity',
        'actual',
        'target',
        'message',
        'file',
        'line',
        'scope',
        'waiver',
        'change',
      ]);
      // Each a field of a JSON finding, or of its location.
      const json = JSON.parse(duibiao(...CHECK, '--lang', lang, '-f', 'json').stdout) as {
        findings: Record<string, unknown>[];
      };
      const finding = json.findings.find((f) => f.location !== undefined)!;
      const fields = new Set([...Object.keys(finding), ...Object.keys(finding.location as object), 'waiver', 'change']);
      for (const column of header) expect(fields, column).toContain(column);
      // Chinese in the data reads back as written; every line ends in CRLF.
      expect(text).toContain('石桥县');
      expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    },
  );
});
