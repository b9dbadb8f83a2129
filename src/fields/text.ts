// Free text: a county's name.
import { encodingError } from './encoding-error.js';
import { fieldKind } from './field-kind.js';

export const text = fieldKind({
  type: 'text',
  numeric: false,
  reader: () => (raw) => {
    if (raw.includes('\uFFFD')) return encodingError();
    const text = raw.trim();
    return text === '' ? undefined : text;
  },
  read: (_field, text) => text,
  numFmt: '@',
  validation: (_field, { say, words }) => ({
    ...say(words.text),
    type: 'textLength',
    operator: 'between',
    formulae: [1, 100],
  }),
});
