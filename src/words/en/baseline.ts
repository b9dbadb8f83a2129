// English: the baseline (baseline/read.ts, compare.ts).
import type { baseline as zh } from '../zh/baseline.js';

export const baseline = {
  cannotRead: (file: string, reason: string) => `cannot read baseline ${file}: ${reason}`,
  notJson: (file: string, line: number | undefined, column: number | undefined) =>
    `baseline ${file} is not JSON${line === undefined ? '' : `: it cannot be parsed at line ${line}, column ${column}`}`,
  notAReport: (file: string, path: string, message: string) =>
    `baseline ${file} is not a duibiao JSON report: ${path}: ${message}`,
  wholeDocument: 'the document',
  otherPack: (what: string) =>
    `the baseline was made by ${what}; verdicts are matched by rule id, and a rule the baseline lacks counts as no record`,
  byPack: (id: string) => `rule pack ${id}`,
  byVersion: (version: string) => `duibiao ${version}`,
} satisfies typeof zh;
