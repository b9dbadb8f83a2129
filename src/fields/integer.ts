// A whole number such as a year, with or without its 年.
import { fieldKind } from './field-kind.js';
import { numberReader, readNumber, type NumberForm } from './number.js';

const form: NumberForm = {
  decimals: false,
  signed: false,
  unitSuffix: true,
  strip: (figure) => (figure.endsWith('年') ? figure.slice(0, -1) : figure),
  whole: true,
};

export const integer = fieldKind({
  type: 'integer',
  numeric: true,
  reader: (field, general) => numberReader(field, general, form),
  read: (field, text) => readNumber(field, text, form),
  validation: (field, { say, words }) => ({
    ...say(words.year(field.min ?? 2000, field.maxValue ?? 2100)),
    type: 'whole',
    operator: 'between',
    formulae: [field.min ?? 2000, field.maxValue ?? 2100],
  }),
});
