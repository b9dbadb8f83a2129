// Counties by code: with a roster, a row whose 行政区划代码 is a listed county's code is that county,
// whatever form its name takes (石桥, 石橋縣 for 石桥县): it is keyed, judged and reported under the
// roster's name, and named once per input and name in the notice county-name-variant.
import { locationOf } from '../model/location.js';
import type { Problem, Row } from '../model/types.js';
import { say } from '../words/message.js';

/** What the lane needs of the roster, as plain data: cloned to a worker as is. */
export interface RosterCodes {
  file: string;
  /** Each listed county's code, with its listed name. */
  byCode: Record<string, string>;
  /** Every listed name: a row that writes one keeps it, whatever its code (that is name-code-mismatch). */
  listed: readonly string[];
}

export function rosterCodes(roster: {
  file: string;
  entries: readonly { county: string; code: string | undefined }[];
}): RosterCodes {
  const byCode: Record<string, string> = {};
  for (const entry of roster.entries) if (entry.code !== undefined) byCode[entry.code] = entry.county;
  return { file: roster.file, byCode, listed: roster.entries.map((entry) => entry.county) };
}

export class CountyByCode {
  private readonly byCode: Map<string, string>;
  private readonly listed: Set<string>;
  /** The names written otherwise already named in the current input. */
  private named = new Set<string>();

  constructor(
    private readonly roster: RosterCodes,
    /** The place of county_code among a row's cells. */
    private readonly codeAt: number,
  ) {
    this.byCode = new Map(Object.entries(roster.byCode));
    this.listed = new Set(roster.listed);
  }

  /** A new input (a file, a sheet): its variants are named again. */
  startInput(): void {
    this.named = new Set();
  }

  /** Gives each row whose code is a listed county's, and whose name is no listed county's, the listed name. */
  apply(rows: readonly Row[], report: (problem: Problem) => void): void {
    for (const row of rows) {
      if (row.county === null || this.listed.has(row.county)) continue;
      const code = row.cells[this.codeAt];
      const county = typeof code === 'string' ? this.byCode.get(code) : undefined;
      if (county === undefined) continue;
      if (!this.named.has(row.county)) {
        this.named.add(row.county);
        const message = say('roster.nameVariant', row.county, code as string, county, this.roster.file);
        report({ ...locationOf(row), column: 'county', code: 'county-name-variant', level: 'notice', message });
      }
      row.county = county;
    }
  }
}
