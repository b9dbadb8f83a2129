// English: the roster of expected counties (roster/read.ts, roster/words.ts).
import type { roster as zh } from '../zh/roster.js';

export const roster = {
  unknown: (county: string, roster: string, guess: string | undefined) =>
    `${county} is not on the roster ${roster}${guess ? ` (is it ${guess}?)` : ''}; the row was checked all the same`,
  codeMismatch: (county: string, code: string, expected: string, roster: string, line: number) =>
    `${county} has division code ${code}; the roster ${roster}:${line} says ${expected}`,
  nameVariant: (written: string, code: string, county: string, roster: string) =>
    `${written} has division code ${code}, which the roster ${roster} gives to ${county}: checked and reported as ${county} (so is every row of this file that writes ${written})`,
  notSubmitted: (county: string, year: number) => `${county} sent no return for ${year}`,
  cannotRead: (said: string) => `roster: ${said}`,
  tooMany: (file: string, max: number) => `roster ${file} lists more than ${max} counties`,
  listedTwice: (county: string, line: number) => `${county} is listed twice (first at line ${line})`,
  empty: 'the roster lists no county',
  invalid: (file: string, count: number) => `roster ${file} has ${count === 1 ? '1 mistake' : `${count} mistakes`}`,
} satisfies typeof zh;
