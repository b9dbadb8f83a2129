// The problem of a cell holding bytes its file's encoding does not have.
import { CellProblem } from './cell.js';
import { say } from '../words/message.js';

export function encodingError(): CellProblem {
  return new CellProblem('encoding-error', say('cellEncoding'));
}
