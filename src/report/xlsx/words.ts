// Every word of the workbooks (the xlsx report and the template) meant for a person, the sheet
// names too: the catalogue's, in the run's language.
import { section } from '../../words/words.js';

export const SHEETS = section('xlsx', 'sheets');

export const WORDS = section('xlsx');
export const STATUS_TEXT = section('xlsx', 'statusText');
export const HEADINGS = section('xlsx', 'headings');
export const SEVERITY = section('xlsx', 'severity');
export const PROBLEM_LEVEL = section('xlsx', 'problemLevel');
export const SCOPE = section('xlsx', 'scope');
export const GUIDE_HEADINGS = section('xlsx', 'guideHeadings');
export const TYPE_NAME = section('xlsx', 'typeName');
/** What to enter in a template column: its input message and the refusal shown when a value breaks it. */
export const ENTER = section('xlsx', 'enter');

export const TARGET_LINE = (title: string, paragraph: number, quote: string): string =>
  WORDS.targetLine(title, paragraph, quote);
