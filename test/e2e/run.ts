// Runs the built command as a user would, from the repository's root.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The day of the run every test run is given (DUIBIAO_TODAY), so that no verdict depends on the
 * real date: a day long after the 2022 returns' deadlines.
 */
export const TODAY = '2025-03-10';

export function duibiao(...args: string[]): Run {
  return duibiaoWith({}, ...args);
}

/** As `duibiao`, with these variables of the environment set (undefined: unset). */
export function duibiaoWith(env: Record<string, string | undefined>, ...args: string[]): Run {
  const result = spawnSync(process.execPath, ['bin/duibiao.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DUIBIAO_TODAY: TODAY, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function checkJson(...args: string[]): { code: number | null; report: Report; stderr: string } {
  const run = duibiao('check', ...args, '--format', 'json');
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

export interface Finding {
  rule: string;
  severity: string;
  status: string;
  scope: 'county' | 'total';
  county: string | null;
  year: number | null;
  actual: number | boolean | null;
  target: number | boolean | null;
  message: string;
  comparison?: string | null;
  basis?: { rows: number; of: number };
  location?: { file: string; sheet?: string; line: number };
}

export interface Report {
  tool: { name: string; version: string };
  pack: { id: string; title: string };
  asOf: string;
  inputs: { file: string; format: string; sheet?: string; encoding?: string; rows: number }[];
  summary: Record<string, number> & { totals: Record<string, number> };
  findings: Finding[];
  problems: {
    file: string;
    sheet?: string;
    line: number;
    column?: string;
    columnNumber?: number;
    cell?: string;
    code: string;
    level: string;
    message: string;
  }[];
}

export const verdictOf = (report: Report, county: string, rule: string): Finding | undefined =>
  report.findings.find((f) => f.county === county && f.rule === rule);

/** A run that could not check: exit 2, its code and location from the first stderr line, and the mistakes listed under it. */
export interface Stop {
  code: string;
  location: string;
  details: { location: string; code: string }[];
}

export function stopOf(run: Run): Stop {
  const [first = '', ...rest] = run.stderr.trimEnd().split('\n');
  const code = /\[([a-z0-9-]+)\]$/.exec(first)?.[1] ?? '';
  const location = /^duibiao: (?:cannot read )?(\S+?:\d+(?::\d+)?)[: ]/.exec(first)?.[1] ?? '';
  const details = rest.flatMap((line) => {
    const m = /^ {2}(\S+) {2}([a-z0-9-]+) {2}/.exec(line);
    return m ? [{ location: m[1]!, code: m[2]! }] : [];
  });
  return { code, location, details };
}

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at .+[.:]\d+/m;
