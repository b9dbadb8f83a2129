// Where the findings of a large input go when every format asked for reads them one at a time:
// the rows kept on disk as they are read, to be judged again by each report (spool.ts), or, for a
// report that may be written in place (JSON), straight into its file. Small runs, and runs with a
// format that needs them all, keep them in memory.
import type { CheckResult, Checked, Problem, Row, Spooled, Verdict } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { COUNTING_FORMATS, IN_PLACE_FORMATS, STREAMING_FORMATS, type FormatName } from '../report/index.js';
import { targetKind } from './targets.js';
import { STREAM_FINDINGS_FROM, type InputFiles } from './threads.js';
import { TOOL } from './version.js';
import { setupOf } from './setup.js';
import { asOfField } from './dates.js';
import { readJoined } from './joins.js';
import { NODE_HOST } from '../read/node-host.js';

export interface Output {
  format: FormatName;
  /** undefined: stdout. */
  file: string | undefined;
}

/** Makes the findings of the rows as they are read, so that none stays in memory, and writes the in-place report. */
export interface FindingsSink {
  /** A promise returned holds the reading back until the findings made so far have room. */
  rows(batch: readonly Row[]): Promise<void> | undefined;
  /** Writes the report of a format the sink writes itself; false for any other format. */
  write(output: Output, result: CheckResult): Promise<boolean>;
  /** Ends the findings and reads them back, for the formats the sink does not write; absent when it writes them all. */
  finish?(result: Checked): Promise<Pick<Spooled<Problem, Verdict>, 'findings' | 'byRule'>>;
  /** Leaves nothing behind; safe to call after write. */
  dispose(): Promise<void>;
}

export async function findingsSink(
  outputs: readonly Output[],
  input: InputFiles,
  pack: Pack,
  dates: Parameters<typeof setupOf>[1],
  /** `--sheet`: the workbook sheets the run reads. */
  sheets: readonly string[] = [],
): Promise<FindingsSink | undefined> {
  const { asOf } = dates;
  if (!outputs.every((output) => STREAMING_FORMATS.has(output.format))) return undefined;
  if (input.bytes < STREAM_FINDINGS_FROM) return undefined;
  const inPlace = outputs.filter((output) => IN_PLACE_FORMATS.has(output.format));
  const onlyInPlace = outputs.every(
    (output) => IN_PLACE_FORMATS.has(output.format) || COUNTING_FORMATS.has(output.format),
  );
  // One such file and nothing else that reads findings: it is written in place as the check goes.
  // Only a file can be written out of order; a device, a FIFO, stdout by another name spool, as stdout does.
  const file =
    onlyInPlace && inPlace.length === 1 && inPlace[0]!.file !== undefined && targetKind(inPlace[0]!.file) === 'file'
      ? inPlace[0]!.file
      : undefined;
  // The rows are judged again here, so the tables rules join are read for them as for the run.
  const joined = await readJoined(input.files, pack.fields, pack.rules, sheets, NODE_HOST);
  const setup = setupOf(pack, { ...dates, joined });
  if (file === undefined) {
    const spool = new (await import('./spool.js')).RowSpool(setup);
    return {
      rows: (batch) => {
        spool.rows(batch);
        return undefined;
      },
      write: () => Promise.resolve(false),
      finish: (result) => Promise.resolve({ findings: spool.finish(result), byRule: spool.byRule(result) }),
      dispose: () => {
        spool.dispose();
        return Promise.resolve();
      },
    };
  }
  // The one JSON report written in place, on this thread: a findings worker took as long on the
  // 100k file and 60-75 MB more memory (docs/performance.md, "Worker threads after the row store").
  const withWorker = process.env.DUIBIAO_JSON_WORKER === '1';
  const [{ JsonReportFile }, { jsonHeadSize }] = await Promise.all([
    import('./json-file.js'),
    import('../report/json/head.js'),
  ]);
  const report = new JsonReportFile(
    file,
    jsonHeadSize(
      TOOL,
      { id: pack.id, title: pack.title },
      asOfField(asOf),
      input.files,
      dates.round?.before !== undefined,
    ),
    setup,
    withWorker,
  );
  return {
    rows: (batch) => report.rows(batch),
    write: async (output, result) => IN_PLACE_FORMATS.has(output.format) && (await report.writeJson(result), true),
    dispose: () => report.dispose(),
  };
}
