// A sum of money: decimals allowed, never negative; a 合计 row sums it.
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { numberReader, readNumber, type NumberForm } from './number.js';
import { say } from '../words/message.js';

const form: NumberForm = {
  decimals: true,
  signed: false,
  unitSuffix: true,
  whole: false,
  negative: (text) => new CellProblem('negative-amount', say('negativeAmount', text)),
};

export const amount = fieldKind({
  type: 'amount',
  numeric: true,
  additive: true,
  reader: (field, general) => numberReader(field, general, form),
  read: (field, text) => readNumber(field, text, form),
  validation(_field, { cell, total, unit, part, say, words }) {
    if (total)
      return {
        ...say(`${words.amount}${part}${unit}`),
        type: 'custom',
        formulae: [`AND(ISNUMBER(${cell}),${cell}>=0,OR(${total}="",${cell}<=${total}))`],
      };
    return { ...say(`${words.amount}${unit}`), type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
  },
});
