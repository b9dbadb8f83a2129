// A number of things: whole, never negative; a 合计 row sums it.
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { numberReader, readNumber, type NumberForm } from './number.js';
import { say } from '../words/message.js';

const form: NumberForm = {
  decimals: false,
  signed: false,
  unitSuffix: true,
  whole: true,
  negative: (text) => new CellProblem('negative-count', say('negativeCount', text)),
};

export const count = fieldKind({
  type: 'count',
  numeric: true,
  additive: true,
  reader: (field, general) => numberReader(field, general, form),
  read: (field, text) => readNumber(field, text, form),
  validation(field, { cell, total, unit, part, say, words }) {
    if (total)
      return {
        ...say(`${words.count}${part}${unit}`),
        type: 'custom',
        formulae: [`AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=0,OR(${total}="",${cell}<=${total}))`],
      };
    if (field.maxValue !== undefined)
      return {
        ...say(`${words.countUpTo(field.maxValue)}${unit}`),
        type: 'whole',
        operator: 'between',
        formulae: [0, field.maxValue],
      };
    return { ...say(`${words.count}${unit}`), type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
  },
});
