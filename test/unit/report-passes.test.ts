// The passes over the kept rows each report makes, as report/passes.ts says for the progress line's
// share: large runs written in every format, the row meter (run/row-meter.ts) read as each report
// begins and ends. A reporter changed to read the findings once more, or once less, fails here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { Progress, type Phase } from '../../src/cli/progress.js';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { rowMeter } from '../../src/run/row-meter.js';
import { STREAM_FINDINGS_FROM } from '../../src/run/threads.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const LAST_YEAR = 'fixtures/round/baseline-2021-report.json';

let dir: string;
let big: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-passes-'));
  const [head, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const lines = [head!];
  // The sample's counties under new names, past the size from which a run keeps its rows on disk.
  let size = 0;
  for (let i = 0; size < STREAM_FINDINGS_FROM * 1.2; i++)
    for (const row of rows) {
      const line = row.replace(/^([^,]+),\d*,/, `$1${i},,`);
      lines.push(line);
      size += line.length + 1;
    }
  big = join(dir, 'big.csv');
  writeFileSync(big, `${lines.join('\n')}\n`);
});
afterAll(() => {
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

interface Written {
  report: string;
  /** The passes the progress line was told the report makes. */
  said: number | undefined;
  /** The passes it made. */
  made: number;
  /** The rows kept. */
  kept: number;
}

/** Runs a check writing `formats` (each to a file), and what each report was said to and did pass over. */
async function written(formats: readonly string[], baseline?: string): Promise<Written[]> {
  const seen: Written[] = [];
  let open: { phase: Phase; passes: number } | undefined;
  const close = (): void => {
    if (open?.phase.kind === 'write') {
      const now = rowMeter();
      seen.push({ report: open.phase.report, said: open.phase.passes, made: now.passes - open.passes, kept: now.kept });
    }
    open = undefined;
  };
  // The prototype's own methods, put back after the run.
  const phase = Object.getOwnPropertyDescriptor(Progress.prototype, 'phase')!.value as Progress['phase'];
  const done = Object.getOwnPropertyDescriptor(Progress.prototype, 'done')!.value as Progress['done'];
  Progress.prototype.phase = function (this: Progress, next: Phase) {
    close();
    open = { phase: next, passes: rowMeter().passes };
    phase.call(this, next);
  };
  Progress.prototype.done = function (this: Progress) {
    close();
    done.call(this);
  };
  try {
    await runCheck([big], {
      format: formats.map((format, i) => `${format}:${join(dir, `r${i}.${format}`)}`),
      asOf: '2022-12-31',
      failOn: 'never',
      ...(baseline === undefined ? {} : { baseline }),
    });
  } finally {
    Object.assign(Progress.prototype, { phase, done });
  }
  return seen;
}

describe('the passes over the kept rows each report makes are the ones the progress line is told', () => {
  // Each format beside one that makes none, or beside CSV: JSON alone with a summary is written in
  // place, and a summary alone keeps no rows.
  for (const format of FORMAT_NAMES)
    it(
      format,
      async () => {
        const reports = await written(
          format === 'json' || format === 'summary' ? [format, 'csv'] : [format, 'summary'],
        );
        expect(reports).toHaveLength(2);
        for (const report of reports) {
          expect(report.kept).toBeGreaterThan(0);
          expect(report.made, report.report).toBe(report.said);
        }
        expect(reports[0]!.made).toBe(format === 'summary' ? 0 : 1);
      },
      60_000,
    );

  it('a pass made ahead for one report (the ranking, the bulletin) is not made again for the next', async () => {
    const reports = await written(['table', 'markdown', 'html', 'html']);
    expect(reports.map((report) => [report.said, report.made])).toEqual([
      [1, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
  }, 60_000);

  it('against a baseline, the table and Markdown make a pass more, for the misses new and fixed', async () => {
    const reports = await written(['table', 'markdown'], LAST_YEAR);
    expect(reports.map((report) => [report.said, report.made])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  }, 60_000);
});
