// A calendar date, read as ISO YYYY-MM-DD from the forms people type.
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { say } from '../words/message.js';
import { calendarDate, isIsoDate } from './calendar-date.js';

export const date = fieldKind({
  type: 'date',
  numeric: false,
  reader: (_field, general) => (raw) => (isIsoDate(raw) ? raw : general(raw)),
  read(_field, text) {
    const date = calendarDate(text);
    if (date === 'unreal') return new CellProblem('invalid-date', say('notARealDate', text));
    if (date === undefined) return new CellProblem('invalid-date', say('notADate', text, /^\d{5}$/.test(text)));
    return date;
  },
  numFmt: 'yyyy-mm-dd',
  validation: (_field, { say, words }) => ({
    ...say(words.date),
    type: 'date',
    operator: 'between',
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
  }),
});
