// English: github, sarif, junit.
import type { ciFormats as zh } from '../zh/ci-formats.js';

export const ciFormats = {
  dataProblem: 'data problem',
  nthColumn: (n: number) => `column ${n}`,
  sarifProblemRule: (code: string) => `data problem: ${code}`,
  sarifProblemMeaning:
    'A cell, row or header of a submission that could not be read as the rule pack describes it; not a verdict on a target.',
} satisfies typeof zh;
