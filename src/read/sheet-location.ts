// A problem of a workbook's sheet carries the sheet's name, and the A1 reference of the cell where one is meant.
import type { Problem } from '../model/types.js';
import { cellReference } from './excel-values.js';

export function locatedIn(sheet: string, problems: (p: Problem) => void): (p: Problem) => void {
  return (problem) => {
    const { file, ...rest } = problem;
    const located: Problem = { file, sheet, ...rest };
    if (problem.columnNumber !== undefined) located.cell = cellReference(problem.columnNumber, problem.line);
    problems(located);
  };
}
