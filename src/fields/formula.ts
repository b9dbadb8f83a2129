// A workbook cell holding a formula that no spreadsheet program has computed (the workbook was
// written by a program and never opened in Excel or WPS): it has no value to read. The workbook
// reader hands it on as its formula behind a mark no cell of an .xlsx can hold (XML forbids
// U+FFFF), and every cell reader turns it into one coded problem at its cell.
import { CellProblem } from './cell.js';
import { visible } from '../model/visible.js';
import { say } from '../words/message.js';

const MARK = '\uFFFF';

/** The text a workbook reader gives for a formula cell without a computed value. */
export function uncomputedText(formula: string): string {
  return `${MARK}=${formula}`;
}

export function isUncomputed(raw: string): boolean {
  return raw.charCodeAt(0) === 0xffff;
}

/** The formula itself, as the sheet holds it (empty for a cell sharing another's formula). */
export function formulaOf(raw: string): string {
  return raw.slice(MARK.length);
}

/** A cell's text as a person is shown it: a formula never computed as the formula, without its mark. */
export function shownText(text: string): string {
  return text.includes(MARK) ? text.replaceAll(MARK, '') : text;
}

export function formulaNotComputed(raw: string): CellProblem {
  return new CellProblem('formula-not-computed', say('read.formulaNotComputed', visible(formulaOf(raw))));
}
