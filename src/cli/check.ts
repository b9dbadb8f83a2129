// `duibiao check`: read → pack → engine → report, and the exit code.
import type { FailOn } from '../engine/outcome.js';
import { BUILTIN_PACK } from '../pack/files.js';
import { COUNTING_FORMATS, formats } from '../report/index.js';
import { painter } from '../report/paint.js';
import { parseOutputs, type OutputSpec } from './formats.js';
import { dropHeld, holdRenames, placeHeld, writeText } from '../run/output.js';
import { turn } from '../run/turn.js';
import { prepareScoreboard } from '../report/scoreboard.js';
import { briefFindings } from '../report/parts.js';
import { SCOREBOARD_ROWS } from '../report/bounds.js';
import { refuseUnsafeTargets } from '../run/targets.js';
import { findingsSink, type FindingsSink } from '../run/findings-sink.js';
import { expandedInputs, sizeOf } from '../run/threads.js';
import { Progress } from './progress.js';
import { basename } from 'node:path';
import { readMeter } from '../read/read-meter.js';
import { passesOf, type AheadPass } from '../report/passes.js';
import { printable } from '../report/layout.js';
import { colourWanted } from './colour.js';
import { openSession, runSession } from '../run/session.js';
import { todayOf } from '../run/dates.js';
import { ProblemLog } from '../run/problem-log.js';
import type { CheckResult, Row } from '../model/types.js';
import { findConfig, withConfig } from './config.js';
import { refuseLinksLeaving } from '../read/input-policy.js';
import { useConfigLang } from './lang.js';
import type { RoundFlags } from '../run/round.js';
import type { BulletinHeading } from '../report/types.js';
import { shownIn } from '../report/shown.js';
import { currentLang } from '../words/words.js';

export interface CheckFlags extends RoundFlags {
  rules?: string;
  format: string[];
  output?: string;
  asOf?: string;
  /** undefined: the config's, else error. */
  failOn?: FailOn;
  config?: string;
  /** `--sheet`: the workbook sheets to read. */
  sheet?: string[];
  /** `--follow-links`: read inputs through links that leave the folder they are named in. */
  followLinks?: boolean;
}

export async function runCheck(files: string[], given: CheckFlags): Promise<0 | 1> {
  const followLinks = given.followLinks === true;
  const config = await findConfig(given.config, followLinks);
  await useConfigLang(config?.lang);
  const flags = withConfig(given, config);
  const outputs = parseOutputs(flags.format, flags.output);
  // Folders and patterns become the files they hold before anything else looks at the inputs.
  const input = await expandedInputs(files);
  // A file may not be reached through a link that leads out of the folder it was named in (the folder
  // or a pattern's base the user gave), nor out of the working directory when it lies in it.
  const roundFiles = [flags.rules, flags.counties, flags.waivers, flags.baseline].filter((file) => file !== undefined);
  refuseLinksLeaving(
    [
      ...(input.named ?? []).flatMap(({ file, folder }) => [{ file, root: folder }, { file }]),
      ...roundFiles.map((file) => ({ file })),
    ],
    followLinks,
  );
  refuseUnsafeTargets(outputs, [
    ...input.files,
    flags.rules ?? BUILTIN_PACK,
    ...[flags.counties, flags.waivers, flags.baseline, flags.config].filter((file) => file !== undefined),
  ]);
  // DUIBIAO_TODAY stands for the day of the run (tests, a re-run of a day's check); blank is unset.
  const day = process.env.DUIBIAO_TODAY;
  const today = todayOf(day === '' ? undefined : day, 'DUIBIAO_TODAY');
  const session = await openSession({ ...flags, today, sheets: flags.sheet }, currentLang());
  const { pack, asOf, round } = session;
  // Waivers and a baseline are matched with each verdict as it is made: a round streams as any run.
  const counting = outputs.every((output) => COUNTING_FORMATS.has(output.format));
  const sink = counting
    ? undefined
    : await findingsSink(
        outputs,
        input,
        pack,
        { asOf, today: session.today, round: round?.index, lang: currentLang() },
        session.sheets,
      );
  // With the findings on disk, the problems past the first go there too.
  const problems = new ProblemLog(counting ? 'count' : sink ? 'spool' : 'hold');
  // The share read: of the text files' bytes, and of the workbooks' sheets' XML, known once each is
  // opened (read/read-meter.ts); none while a workbook is not yet opened, nor with an .xls one.
  const workbooks = input.files.filter((file) => WORKBOOK.test(file));
  const text = input.files.filter((file) => !WORKBOOK.test(file)).reduce((sum, file) => sum + sizeOf(file), 0);
  const from = readMeter();
  const progress = new Progress({
    read: () => {
      const now = readMeter();
      if (now.workbooks - from.workbooks < workbooks.length) return undefined;
      return { done: now.read - from.read, total: text + now.known - from.known };
    },
  });
  try {
    const onRows = sink ? (rows: readonly Row[]) => sink.rows(rows) : undefined;
    progress.start();
    const checked = await runSession(session, input, {
      counting,
      problems,
      onProgress: (rows) => progress.update(rows),
      onRows,
    });
    if (sink?.finish) {
      progress.phase({ kind: 'judge' });
      checked.spooled = { ...checked.spooled, ...(await sink.finish(checked)) };
    }
    const result = shownIn(checked, currentLang());
    return await writeOutputs(outputs, result, sink, progress, config?.bulletin);
  } finally {
    progress.done();
    await sink?.dispose();
    problems.dispose();
  }
}

const WORKBOOK = /\.xls[xm]?$/i;

async function writeOutputs(
  outputs: OutputSpec[],
  result: CheckResult,
  sink: FindingsSink | undefined,
  progress: Progress,
  bulletin: BulletinHeading | undefined,
): Promise<0 | 1> {
  const code = result.exitCode;
  // Files first, and the exit code settled before stdout: a reader that stops early
  // (`| head`) ends the process, and should cost neither a report file nor the code.
  process.exitCode = code;
  const toStdout = outputs.filter((output) => output.file === undefined);
  const toFiles = outputs.filter((output) => output.file !== undefined);
  // Every report file is put in place only once all are written: Ctrl-C leaves none, not some.
  holdRenames();
  // The passes over the kept rows made ahead of a report, once for the run (report/passes.ts).
  const ahead = new Set<AheadPass>();
  try {
    for (const { format, file } of toFiles) await writeOutput(format, file, result, sink, progress, bulletin, ahead);
    await placeHeld();
  } finally {
    dropHeld();
  }
  for (const { format, file } of toStdout) await writeOutput(format, file, result, sink, progress, bulletin, ahead);
  return code;
}

async function writeOutput(
  format: OutputSpec['format'],
  file: string | undefined,
  result: CheckResult,
  sink: FindingsSink | undefined,
  progress: Progress,
  bulletin: BulletinHeading | undefined,
  ahead: Set<AheadPass>,
): Promise<void> {
  // Between reports the loop turns: a Ctrl-C that came while the last was made is heard before the next.
  await turn(true);
  // The line shows while each report is made, one for stdout too (ranking millions of verdicts for
  // the table takes seconds); it is taken off before anything is written there, not drawn over it.
  progress.phase({
    kind: 'write',
    report: file === undefined ? `(${format})` : `${printable(basename(file))} (${format})`,
    // Over the kept rows of a large run: the share of the report written (cli/progress.ts).
    passes: sink ? passesOf(format, result, ahead) : undefined,
  });
  if (await sink?.write({ format, file }, result)) return;
  const toTerminal = file === undefined && process.stdout.isTTY;
  const reporter = await formats[format].load();
  // The ranking of millions of verdicts is made ahead, hearing a Ctrl-C as it goes.
  if (format === 'table' || format === 'markdown')
    await prepareScoreboard(result, briefFindings(result), SCOREBOARD_ROWS, () => turn());
  if (format === 'html') await (await import('../report/html/bulletin.js')).prepareBulletin(result, () => turn());
  const color = file === undefined && colourWanted(process.env, toTerminal);
  const text = reporter(result, {
    color,
    paint: await painter(color),
    width: toTerminal ? process.stdout.columns : 100,
    bulletin,
  });
  if (file === undefined) progress.done();
  await writeText(text, file);
}
