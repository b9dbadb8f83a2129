// A calendar month, the period of a monthly table: read as YYYY-MM from 2022-03, 2022/3, 2022.03
// or 2022年3月 (full-width digits made half-width before).
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { say } from '../words/message.js';

const MONTH_FORMS = [
  /^(\d{4})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月份?$/,
];

export const yearMonth = fieldKind({
  type: 'year-month',
  numeric: false,
  reader: (_field, general) => (raw) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : general(raw)),
  read(_field, text) {
    for (const form of MONTH_FORMS) {
      const m = form.exec(text);
      if (!m) continue;
      const month = Number(m[2]);
      if (month < 1 || month > 12) return new CellProblem('invalid-date', say('notARealMonth', text));
      return `${m[1]}-${String(month).padStart(2, '0')}`;
    }
    return new CellProblem('invalid-date', say('notAMonth', text));
  },
  numFmt: '@',
  validation: (_field, { say, words }) => ({
    ...say(words.month),
    type: 'textLength',
    operator: 'between',
    formulae: [6, 8],
  }),
});
