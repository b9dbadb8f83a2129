// The built command on a pseudo-terminal of a known size, as a person at a terminal sees it and
// types to it: python3's pty module makes the terminal (test/helpers/pty-driver.py), so the tests
// need no native module; `screen` turns what was written into the lines a terminal would show.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DRIVER = fileURLToPath(new URL('pty-driver.py', import.meta.url));

/** Why the pseudo-terminal tests cannot run here, or undefined when they can. */
export const NO_PTY: string | undefined =
  process.platform === 'win32'
    ? 'Windows has no pty'
    : spawnSync('python3', ['-c', 'import pty, termios, fcntl; pty.openpty()'], { stdio: 'ignore' }).status !== 0
      ? 'no python3 with a working pty module'
      : undefined;

export interface Ended {
  /** The exit code, or null when a signal ended the command. */
  code: number | null;
  /** The signal's number, or null. */
  signal: number | null;
  /** Milliseconds from the first Ctrl-C typed to the command's end, or null if none was typed. */
  afterCtrlC: number | null;
}

export interface PtyRun {
  /** Everything written to the terminal so far, as text. */
  output(): string;
  /** Types Ctrl-C (0x03) on the terminal. */
  ctrlC(): void;
  /** Resolves true once `pattern` shows in the output, false if the command ends first or `ms` pass. */
  waitFor(pattern: RegExp, ms: number): Promise<boolean>;
  ended: Promise<Ended>;
}

export interface PtyOptions {
  cwd: string;
  rows?: number;
  cols?: number;
  env?: Record<string, string | undefined>;
}

/** Runs `command` on a fresh terminal of `rows` × `cols` (24 × 100 unless told). */
export function onPty(command: readonly string[], options: PtyOptions): PtyRun {
  const child = spawn('python3', [DRIVER, String(options.rows ?? 24), String(options.cols ?? 100), ...command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  let errors = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const listener of listeners) listener();
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const ended = new Promise<Ended>((resolve, reject) => {
    child.on('close', () => {
      for (const listener of listeners) listener();
      const last = errors.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as Ended);
      } catch {
        reject(new Error(`the pty driver failed: ${errors}`));
      }
    });
  });
  let finished = false;
  void ended.finally(() => (finished = true)).catch(() => undefined);
  const output = (): string => Buffer.concat(chunks).toString('utf8');
  return {
    output,
    ctrlC: () => child.stdin.write('ctrl-c\n'),
    waitFor: (pattern, ms) =>
      new Promise<boolean>((resolve) => {
        const check = (): void => {
          if (pattern.test(output())) done(true);
          else if (finished) done(false);
        };
        const timer = setTimeout(() => done(false), ms);
        const done = (value: boolean): void => {
          clearTimeout(timer);
          listeners.delete(check);
          resolve(value);
        };
        listeners.add(check);
        check();
      }),
    ended: ended.finally(() => child.stdin.end()),
  };
}

/** Columns a character takes on a terminal: two for East Asian wide ones (as src/report/layout.ts counts). */
function width(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** Columns a line of text takes (colours and other control sequences not counted). */
export function columns(text: string): number {
  let sum = 0;
  // eslint-disable-next-line no-control-regex
  for (const char of text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')) sum += width(char.codePointAt(0)!);
  return sum;
}

/**
 * The lines a terminal `cols` wide shows after `output`, the scrolled-off ones kept, trailing
 * blanks trimmed: carriage return, line feed, backspace, tab, erase in line (ESC [ K, 1 K, 2 K),
 * colours (ESC [ … m, dropped) and wrapping at the right margin as xterm does it. Any other control
 * sequence throws: a test should not pass over what it cannot read.
 */
export function screen(output: string, cols: number): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  /** At the right margin with a character written there: the next one wraps (xterm's deferred wrap). */
  let wrapNext = false;
  const line = (): string[] => (lines[row] ??= []);
  const put = (char: string, w: number): void => {
    if (wrapNext || col + w > cols) {
      row++;
      col = 0;
      wrapNext = false;
    }
    const cells = line();
    while (cells.length < col) cells.push(' ');
    cells[col] = char;
    // A wide character's second cell holds nothing of its own.
    if (w === 2) cells[col + 1] = '';
    col += w;
    if (col >= cols) {
      col = cols - 1;
      wrapNext = true;
      if (w === 2) col = cols - 2;
    }
  };
  // Code points, a wide character one of them.
  const codes = Array.from(output);
  for (let i = 0; i < codes.length; i++) {
    const char = codes[i]!;
    if (char === '\r') {
      col = 0;
      wrapNext = false;
    } else if (char === '\n') {
      row++;
      wrapNext = false;
      line();
    } else if (char === '\b') {
      col = Math.max(0, col - 1);
      wrapNext = false;
    } else if (char === '\t') {
      col = Math.min(cols - 1, (Math.floor(col / 8) + 1) * 8);
    } else if (char === '\u0007') {
      // A bell shows nothing.
    } else if (char === '\u001b') {
      const rest = codes.slice(i + 1, i + 16).join('');
      const csi = /^\[([0-9;]*)([A-Za-z])/.exec(rest);
      if (!csi) throw new Error(`screen: an escape sequence it does not know: ${JSON.stringify(rest)}`);
      const [whole, params, final] = csi as unknown as [string, string, string];
      // Escape sequences are ASCII: a character is a code point.
      i += whole.length;
      if (final === 'm') continue;
      if (final !== 'K') throw new Error(`screen: an escape sequence it does not know: ESC${whole}`);
      const cells = line();
      const mode = params === '' ? 0 : Number(params);
      if (mode === 0) cells.length = Math.min(cells.length, col);
      else if (mode === 1) for (let c = 0; c <= col && c < cells.length; c++) cells[c] = ' ';
      else if (mode === 2) cells.length = 0;
      wrapNext = false;
    } else if (char < ' ' || char === '\u007f') {
      throw new Error(`screen: a control character it does not know: ${JSON.stringify(char)}`);
    } else {
      put(char, width(char.codePointAt(0)!));
    }
  }
  return lines.map((cells) => cells.join('').trimEnd());
}
