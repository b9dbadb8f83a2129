// The data validation of each template column, by the column's type: what Excel lets a person type.
import type ExcelJS from 'exceljs';
import { fieldTypeOf } from '../../fields/index.js';
import type { FieldSpec } from '../../model/types.js';
import { textCell } from './cells.js';
import { ENTER, WORDS } from './words.js';

/**
 * `letter` is the column's own, `totalLetter` that of the total it is a part of; formulas are
 * written for row 2 and Excel moves them down the range.
 */
export function validationOf(
  field: FieldSpec,
  letter: string,
  totalLetter: string | undefined,
  totalLabel: string | undefined,
): ExcelJS.DataValidation {
  const cell = `${letter}2`;
  const total = totalLetter ? `${totalLetter}2` : undefined;
  const unit = field.unit ? ENTER.unit(field.unit) : '';
  const part = totalLabel ? ENTER.partOf(textCell(totalLabel)) : '';
  const common = {
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: ENTER.refused,
    promptTitle: textCell(field.label).slice(0, 32),
  };
  const say = (prompt: string): Omit<ExcelJS.DataValidation, 'type' | 'formulae'> => ({
    ...common,
    prompt: prompt.slice(0, 255),
    error: prompt.slice(0, 255),
  });
  return fieldTypeOf(field.type).validation(field, {
    cell,
    total,
    unit,
    part,
    say,
    words: { ...ENTER, yes: WORDS.yes, no: WORDS.no },
  });
}
