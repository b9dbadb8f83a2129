// The problem of a cell holding bytes its file's encoding does not have.
import { CellProblem } from './cell.js';

export function encodingError(): CellProblem {
  return new CellProblem('encoding-error', '单元格含有不属于文件编码的字节（UTF-8 文件里多是从 GBK 文件粘贴来的行）');
}
