// The data validation of each template column, by the column's type: what Excel lets a person type.
import type ExcelJS from 'exceljs';
import type { FieldSpec } from '../../model/types.js';
import { textCell } from './cells.js';
import { ENTER, WORDS } from './words.js';

/**
 * `letter` is the column's own, `totalLetter` that of the total it is a part of; formulas are
 * written for row 2 and Excel moves them down the range.
 */
export function validationOf(field: FieldSpec, letter: string, totalLetter: string | undefined, totalLabel: string | undefined): ExcelJS.DataValidation {
  const cell = `${letter}2`;
  const total = totalLetter ? `${totalLetter}2` : undefined;
  const unit = field.unit ? ENTER.unit(field.unit) : '';
  const part = totalLabel ? ENTER.partOf(textCell(totalLabel)) : '';
  const common = { allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: ENTER.refused, promptTitle: textCell(field.label).slice(0, 32) };
  const say = (prompt: string) => ({ ...common, prompt: prompt.slice(0, 255), error: prompt.slice(0, 255) });
  switch (field.type) {
    case 'yesno':
      return { ...say(ENTER.yesno), type: 'list', formulae: [`"${WORDS.yes},${WORDS.no}"`] };
    case 'date':
      return { ...say(ENTER.date), type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))] };
    case 'integer':
      return { ...say(ENTER.year(field.min ?? 2000, field.maxValue ?? 2100)), type: 'whole', operator: 'between', formulae: [field.min ?? 2000, field.maxValue ?? 2100] };
    case 'code':
      return { ...say(ENTER.code), type: 'textLength', operator: 'equal', formulae: [6] };
    case 'text':
      return { ...say(ENTER.text), type: 'textLength', operator: 'between', formulae: [1, 100] };
    case 'percent':
      return { ...say(`${ENTER.percent}${unit}`), type: 'decimal', operator: 'between', formulae: [-100, 1000] };
    case 'amount':
      if (total) return { ...say(`${ENTER.amount}${part}${unit}`), type: 'custom', formulae: [`AND(ISNUMBER(${cell}),${cell}>=0,OR(${total}="",${cell}<=${total}))`] };
      return { ...say(`${ENTER.amount}${unit}`), type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'count':
      if (total) return { ...say(`${ENTER.count}${part}${unit}`), type: 'custom', formulae: [`AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=0,OR(${total}="",${cell}<=${total}))`] };
      if (field.maxValue !== undefined) return { ...say(`${ENTER.countUpTo(field.maxValue)}${unit}`), type: 'whole', operator: 'between', formulae: [0, field.maxValue] };
      return { ...say(`${ENTER.count}${unit}`), type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
  }
}
