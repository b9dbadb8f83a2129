// A 6-digit administrative code, kept as text so that its leading 0 stays.
import { CellProblem, SCIENTIFIC } from './cell.js';
import { fieldKind } from './field-kind.js';
import { plainNumber } from './plain-number.js';
import { say } from '../words/message.js';

export const code = fieldKind({
  type: 'code',
  numeric: false,
  reader: (_field, general) => (raw) =>
    raw.length === 6 && !Number.isNaN(plainNumber(raw, false, false)) ? raw : general(raw),
  read(_field, text) {
    if (SCIENTIFIC.test(text)) {
      return new CellProblem('scientific-notation', say('scientificCode', text));
    }
    if (!/^\d{6}$/.test(text)) return new CellProblem('invalid-code', say('notACode', text));
    return text;
  },
  numFmt: '@',
  validation: (_field, { say, words }) => ({
    ...say(words.code),
    type: 'textLength',
    operator: 'equal',
    formulae: [6],
  }),
});
