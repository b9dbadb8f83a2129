// Holds the data against the roster as rows pass: rows of counties not on it, codes that differ
// from it, and, at the end, each expected county with no row in a year the data holds.
import { locationOf } from '../model/location.js';
import type { Problem, Row } from '../model/types.js';
import { closest } from '../pack/suggest.js';
import type { Roster, RosterEntry } from './read.js';
import { say } from '../words/message.js';

export class Completeness {
  private readonly expected: Map<string, RosterEntry>;
  /** Each year the data holds, with the counties that sent a row for it: bounded by years × roster. */
  private readonly submitted = new Map<number, Set<string>>();
  /** Names not on the roster, each with its did-you-mean, worked out once. */
  private readonly guesses = new Map<string, string | undefined>();

  constructor(
    private readonly roster: Roster,
    /** The place of county_code among a row's cells; -1 when the pack has none. */
    private readonly codeAt: number,
    private readonly report: (problem: Problem) => void,
    /** The tables keyed by period alone (a price index): their rows are no county's and say nothing of a year sent. */
    private readonly keyless: ReadonlySet<number> = new Set(),
  ) {
    this.expected = new Map(roster.entries.map((entry) => [entry.county, entry]));
  }

  observe(rows: readonly Row[]): void {
    for (const row of rows) this.observeRow(row);
  }

  private observeRow(row: Row): void {
    if (this.keyless.has(row.table ?? 0)) return;
    if (row.year !== null && !this.submitted.has(row.year)) this.submitted.set(row.year, new Set());
    if (row.county === null) return;
    const entry = this.expected.get(row.county);
    if (entry === undefined) {
      if (!this.guesses.has(row.county))
        this.guesses.set(row.county, closest(row.county, this.expected.keys()) ?? this.containing(row.county));
      const message = say('roster.unknown', row.county, this.roster.file, this.guesses.get(row.county));
      this.report({ ...locationOf(row), column: 'county', code: 'unknown-county', level: 'error', message });
      return;
    }
    if (row.year !== null) this.submitted.get(row.year)!.add(row.county);
    const code = this.codeAt < 0 ? undefined : row.cells[this.codeAt];
    if (entry.code !== undefined && typeof code === 'string' && code !== entry.code) {
      const message = say('roster.codeMismatch', row.county, code, entry.code, this.roster.file, entry.line);
      this.report({ ...locationOf(row), column: 'county_code', code: 'name-code-mismatch', level: 'error', message });
    }
  }

  /** A short name of a roster county (白河 for 白河县) is too far for an edit distance on two characters. */
  private containing(county: string): string | undefined {
    const matches = [...this.expected.keys()].filter((name) => name.startsWith(county) || county.startsWith(name));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Each expected county with no row in a year that the data holds, year by year, in roster order. */
  finish(): void {
    for (const year of [...this.submitted.keys()].sort((a, b) => a - b)) {
      const sent = this.submitted.get(year)!;
      for (const entry of this.roster.entries) {
        if (sent.has(entry.county)) continue;
        this.report({
          file: this.roster.file,
          line: entry.line,
          column: 'county',
          code: 'county-not-submitted',
          level: 'error',
          message: say('roster.notSubmitted', entry.county, year),
        });
      }
    }
  }
}
