// The JSON report written in place as the check goes is the same bytes as the one built whole.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import { JsonReportFile } from '../../src/run/json-file.js';
import { TOOL } from '../../src/run/version.js';
import type { CheckResult, ShownProblem } from '../../src/model/types.js';
import { json } from '../../src/report/json/report.js';
import { jsonHeadSize } from '../../src/report/json/head.js';
import { builtin, shown } from '../helpers.js';
import { openRound } from '../../src/run/round.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-json-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: false };
const files = ['fixtures/sample-prefecture-2022.csv', 'fixtures/messy-cells.csv'];
const setup = { rules: builtin.rules, fields: builtin.fields, options: { asOf: options.asOf, today: options.today } };

/** Checks the files, the findings going to `report` as they are made; the report's text when whole. */
async function streamed(name: string, headSize: number, moveChunk?: number): Promise<{ text: string; whole: string }> {
  const file = join(dir, name);
  const report = new JsonReportFile(file, headSize, setup, false, moveChunk);
  let result: CheckResult;
  try {
    result = shown(await checkData(files, builtin, { ...options, onRows: (rows) => report.rows(rows) }));
    await report.writeJson(result);
  } finally {
    await report.dispose();
  }
  const whole = shown(await checkData(files, builtin, options));
  const rendered = json(whole, { color: false, paint: undefined as never, width: 100 });
  return { text: readFileSync(file, 'utf8'), whole: typeof rendered === 'string' ? rendered : [...rendered].join('') };
}

const roomFor = jsonHeadSize(TOOL, { id: builtin.id, title: builtin.title }, '2022-12-31', files, false);

describe('the JSON report written in place', () => {
  it('given waivers and a baseline, is the report built whole: each verdict matched with them as it is made', async () => {
    const flags = {
      waivers: 'fixtures/round/waivers-one-granted.yaml',
      baseline: 'fixtures/round/baseline-2021-report.json',
    };
    const round = await openRound(flags, builtin, 'error', '2022-12-31');
    const file = join(dir, 'round.json');
    const report = new JsonReportFile(
      file,
      jsonHeadSize(TOOL, { id: builtin.id, title: builtin.title }, '2022-12-31', files, true),
      { ...setup, round: round!.index },
      false,
    );
    try {
      await report.writeJson(
        shown(await checkData(files, builtin, { ...options, round, onRows: (rows) => report.rows(rows) })),
      );
    } finally {
      await report.dispose();
    }
    const whole = await checkData(files, builtin, {
      ...options,
      round: await openRound(flags, builtin, 'error', '2022-12-31'),
    });
    expect(whole.summary.waived).toBe(1);
    expect(whole.summary.changes?.persisting).toBeGreaterThan(0);
    const rendered = json(shown(whole), { color: false, paint: undefined as never, width: 100 });
    expect(readFileSync(file, 'utf8')).toBe(typeof rendered === 'string' ? rendered : [...rendered].join(''));
  });

  it('given the room the counts need, is the report built whole', async () => {
    const { text, whole } = await streamed('room.json', roomFor);
    expect(text).toBe(whole);
    expect((JSON.parse(text) as { findings: unknown[] }).findings.length).toBeGreaterThan(100);
  });

  it('given too little room for the head, moves the findings up and is still the report built whole', async () => {
    const { text, whole } = await streamed('cramped.json', 10);
    expect(text).toBe(whole);
  });

  it('given too little room, moves the findings a thousand bytes at a time from the end back, and is still the report built whole', async () => {
    const { text, whole } = await streamed('cramped-in-steps.json', 10, 1000);
    expect(text).toBe(whole);
  });

  it('given more room than the head takes, fills it with spaces and stays valid JSON', async () => {
    const { text, whole } = await streamed('roomy.json', roomFor + 300);
    expect(text).not.toBe(whole);
    expect(JSON.parse(text)).toEqual(JSON.parse(whole));
  });

  it('given a check that stops before the report, leaves neither the report nor a temporary file', async () => {
    const file = join(dir, 'stopped', 'report.json');
    rmSync(join(dir, 'stopped'), { recursive: true, force: true });
    mkdirSync(join(dir, 'stopped'));
    const report = new JsonReportFile(file, roomFor, setup, false);
    await checkData(files, builtin, { ...options, onRows: (rows) => report.rows(rows) });
    await report.dispose();
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(join(dir, 'stopped'))).toEqual([]);
  });

  it("given a large run's problems read back from disk, writes them as they come, never holding them whole", async () => {
    const folder = join(dir, 'many-problems');
    mkdirSync(folder);
    const file = join(folder, 'report.json');
    const report = new JsonReportFile(file, roomFor, setup, false);
    const checked = shown(await checkData(files, builtin, { ...options, onRows: (rows) => report.rows(rows) }));
    const problem = checked.problems[0]!;
    const temporary = (): number =>
      statSync(
        join(
          folder,
          readdirSync(folder).find((name) => name.startsWith('.duibiao-'))!,
        ),
      ).size;
    // Some 8 MB of problems, as a run spools them past those it holds: the file is measured as the
    // last is made. Written as they come, all but the last few chunks are in it by then.
    const count = 20_000;
    const made = { bytes: 0, sizeAtLast: 0, sizeAtFirst: 0 };
    function* spooled(): Generator<ShownProblem> {
      for (let i = 0; i < count; i++) {
        if (i === 0) made.sizeAtFirst = temporary();
        if (i === count - 1) made.sizeAtLast = temporary();
        const next = { ...problem, line: i + 1 };
        made.bytes += Buffer.byteLength(JSON.stringify(next));
        yield next;
      }
    }
    try {
      await report.writeJson({ ...checked, spooled: { ...checked.spooled, problems: spooled } });
    } finally {
      await report.dispose();
    }
    expect(made.bytes).toBeGreaterThan(4_000_000);
    expect(made.sizeAtLast - made.sizeAtFirst).toBeGreaterThan(made.bytes - 2_000_000);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { problems: { line: number }[] };
    expect(written.problems).toHaveLength(checked.problems.length + count);
    expect(written.problems.at(-1)!.line).toBe(count);
  });

  it('given a folder that does not exist, stops at once with output-unwritable', () => {
    expect(() => new JsonReportFile(join(dir, 'nowhere', 'report.json'), roomFor, setup, false)).toThrow(
      expect.objectContaining({ code: 'output-unwritable' }),
    );
  });
});
