// A progress line on stderr for long runs, only when a person is watching it (stderr a terminal):
// the phase (reading, gathering the verdicts, writing each report by name), in the run's
// language, with the share done and the time left wherever the work's size is known: while the
// inputs are read, their bytes (read/read-meter.ts); while a report of a large run is written, the
// kept rows it has passed over against the rows × the passes its format makes over them
// (run/row-meter.ts, report/passes.ts). Where that is not known, the time so far alone.
import { section } from '../words/words.js';
import { displayWidth } from '../report/layout.js';
import { atEnd } from '../run/leftovers.js';
import { rowMeter, type RowMeterReading } from '../run/row-meter.js';

/** The words of the progress line, in the run's language. */
const WORDS = section('progress');

export type Phase =
  | { kind: 'read' }
  | { kind: 'judge' }
  /** `passes`: over the kept rows, as the format makes them (report/passes.ts); undefined when not known. */
  | { kind: 'write'; report: string; passes?: number | undefined };

/** Where the line goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean | undefined;
  /** The terminal's width: the line is cut to fit it, so that `\r` and erase-line clear all of it. */
  columns?: number | undefined;
  write(text: string): unknown;
}

/** Work done and of how much, in any one unit. */
export interface Share {
  done: number;
  total: number;
}

export interface ProgressOptions {
  /** The inputs' bytes read and of how many; undefined while that is not known. */
  read: () => Share | undefined;
  /** The rows kept and passed over (run/row-meter.ts), unless a test's stand-in. */
  rows?: () => RowMeterReading;
  stream?: ProgressStream;
  /** Milliseconds, as Date.now. */
  now?: () => number;
}

/** What the line shows at one moment. */
export interface ProgressState {
  phase: Phase;
  /** Rows read so far. */
  rows: number;
  /** The phase's work done and of how much; share and time left are shown only when total > 0. */
  done: number;
  total: number;
  /** Milliseconds since the phase began. */
  elapsed: number;
  /**
   * When the share came to be known, if after the phase began (a workbook's size, once it is
   * opened): the work done then and the milliseconds elapsed. The time left goes by the pace since.
   */
  known?: { done: number; elapsed: number } | undefined;
}

/** The share of the phase's work a report's passes over the kept rows have done: undefined when not known. */
export function writeShare(passes: number | undefined, from: RowMeterReading, now: RowMeterReading): Share | undefined {
  if (passes === undefined || passes <= 0) return undefined;
  // A report that makes more passes than its format was said to make: any share would be wrong.
  if (now.passes - from.passes > passes) return undefined;
  return { done: now.passed - from.passed, total: now.kept * passes };
}

/** The line, without the control characters that redraw it. */
export function progressLine(state: ProgressState): string {
  const parts: string[] = [];
  const { phase } = state;
  parts.push(
    phase.kind === 'read' ? WORDS.reading : phase.kind === 'judge' ? WORDS.judging : WORDS.writing(phase.report),
  );
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : undefined;
  if (share !== undefined) parts.push(`${Math.floor(share * 100)}%`);
  if (phase.kind === 'read') parts.push(WORDS.rows(state.rows.toLocaleString('en-US')));
  // The time left once there is enough to go by: a second and a hundredth of the work since the
  // share was known, so that what came before (opening a workbook) does not slow the pace.
  const from = state.known ?? { done: 0, elapsed: 0 };
  const done = state.done - from.done;
  const spent = state.elapsed - from.elapsed;
  if (share !== undefined && share < 1 && done >= state.total * 0.01 && spent >= 1000)
    // Never "about 0 s left" while something is: a second at least.
    parts.push(WORDS.left(duration(Math.max(1000, (spent * (state.total - state.done)) / done))));
  else parts.push(WORDS.elapsed(duration(state.elapsed)));
  return parts.join(' · ');
}

/** The line cut to less than `columns` cells (the last one left free), an ellipsis showing where. */
export function fitted(line: string, columns: number | undefined): string {
  if (columns === undefined || !(columns > 1) || displayWidth(line) < columns) return line;
  let out = '';
  for (const char of line) {
    if (displayWidth(`${out}${char}…`) >= columns) break;
    out += char;
  }
  return `${out}…`;
}

function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? WORDS.seconds(seconds) : WORDS.minutes(Math.floor(seconds / 60), seconds % 60);
}

/** Draws at most twice a second, only after the run's first second; a new phase at once. */
export class Progress {
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly started: number;
  private phaseStarted: number;
  private shownAt = 0;
  private shown = false;
  private rows = 0;
  private current: Phase = { kind: 'read' };
  /** The row meter when the phase began. */
  private rowsFrom: RowMeterReading;
  /** When the phase's share was first known, and the work done then. */
  private known: ProgressState['known'];
  private timer: NodeJS.Timeout | undefined;
  /** While the line is shown: forgets the clearing of it that an interrupt or an exit would do. */
  private forget: (() => boolean) | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.phaseStarted = this.started;
    this.rowsFrom = this.rowReading();
  }

  private rowReading(): RowMeterReading {
    return (this.options.rows ?? rowMeter)();
  }

  /** Whether a line is drawn at all: only for a person at a terminal. */
  get watched(): boolean {
    return this.stream.isTTY === true;
  }

  /** Redraws the line twice a second while the run's work yields; never keeps the process alive. */
  start(): void {
    if (!this.watched || this.timer) return;
    this.timer = setInterval(() => {
      this.draw(false);
    }, 500);
    this.timer.unref();
  }

  /** A new phase, drawn at once; the redrawing goes on, after a `done` too (a report to stdout was written between). */
  phase(phase: Phase): void {
    this.start();
    this.current = phase;
    this.phaseStarted = this.now();
    this.rowsFrom = this.rowReading();
    this.known = undefined;
    this.draw(true);
  }

  /** Called as rows pass. */
  update(rows: number): void {
    this.rows = rows;
    this.draw(false);
  }

  done(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  /** Takes the line off the screen, the cursor left at the start of the line it was on. */
  private clear(): void {
    this.forget?.();
    this.forget = undefined;
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** The phase's work done and of how much, when known. */
  private share(): Share | undefined {
    const phase = this.current;
    if (phase.kind === 'read') return this.options.read();
    if (phase.kind === 'write') return writeShare(phase.passes, this.rowsFrom, this.rowReading());
    return undefined;
  }

  private draw(now: boolean): void {
    if (!this.watched) return;
    const time = this.now();
    // The first moment the phase's share is known at: the time left goes by the pace since.
    if (this.known === undefined) {
      const share = this.share();
      if (share) this.known = { done: share.done, elapsed: time - this.phaseStarted };
    }
    if (time - this.started < 1000 || (!now && time - this.shownAt < 500)) return;
    this.shownAt = time;
    this.shown = true;
    // Ctrl-C (or any end) while the line is shown takes it off: no half-drawn line is left, the
    // terminal's echoed ^C with it.
    this.forget ??= atEnd(() => {
      this.done();
    });
    const share = this.share();
    const line = progressLine({
      phase: this.current,
      rows: this.rows,
      done: share?.done ?? 0,
      total: share?.total ?? 0,
      elapsed: time - this.phaseStarted,
      known: this.known,
    });
    this.stream.write(`\r\u001b[K${fitted(line, this.stream.columns)}`);
  }
}
