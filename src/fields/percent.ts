// A figure in percent, with or without its %; a change in prices may be negative.
import { fieldKind } from './field-kind.js';
import { numberReader, readNumber, type NumberForm } from './number.js';

const form: NumberForm = {
  decimals: true,
  signed: true,
  unitSuffix: false,
  strip: (figure) => (figure.endsWith('%') ? figure.slice(0, -1).trim() : figure),
  whole: false,
};

export const percent = fieldKind({
  type: 'percent',
  numeric: true,
  reader: (field, general) => numberReader(field, general, form),
  read: (field, text) => readNumber(field, text, form),
  validation: (_field, { unit, say, words }) => ({
    ...say(`${words.percent}${unit}`),
    type: 'decimal',
    operator: 'between',
    formulae: [-100, 1000],
  }),
});
