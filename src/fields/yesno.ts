// Yes or no, in the words offices write.
import { CellProblem } from './cell.js';
import { fieldKind } from './field-kind.js';
import { say } from '../words/message.js';

const YES_NO = new Map<string, boolean>([
  ...['是', '有', '已', 'yes', 'true', 'y', '1', '已建成', '已出台', '√', '✓', '✔'].map(
    (word) => [word, true] as const,
  ),
  ...['否', '无', '未', 'no', 'false', 'n', '0', '未建成', '未出台', '×', '✗', '✘'].map(
    (word) => [word, false] as const,
  ),
]);

export const yesno = fieldKind({
  type: 'yesno',
  numeric: false,
  reader: (_field, general) => (raw) => YES_NO.get(raw) ?? general(raw),
  read(_field, text) {
    const answer = YES_NO.get(text.toLowerCase());
    if (answer !== undefined) return answer;
    return new CellProblem('not-yes-no', say('notYesNo', text));
  },
  validation: (_field, { say, words }) => ({
    ...say(words.yesno),
    type: 'list',
    formulae: [`"${words.yes},${words.no}"`],
  }),
});
