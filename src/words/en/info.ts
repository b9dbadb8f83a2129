// English: rules, explain, template.
import type { info as zh } from '../zh/info.js';

import { xlsx } from './xlsx.js';
export const info = {
  rulesHeading: (title: string, id: string, count: number) => `${title} (${id}): ${count} rules`,
  rulesTarget: 'target',
  rulesSource: 'source',
  explainSeverity: 'severity',
  explainMeaning: 'meaning',
  explainSpeech: (n: number) => `The speech, paragraph ${n}:`,
  explainColumns: 'Columns it needs (English name or Chinese label as the header):',
  sourceUnreadable: (file: string) => `(source ${file} could not be read)`,
  quoteNotFound: (n: number, file: string) => `(warning: not found verbatim in paragraph ${n} of ${file})`,
  targetGrowth: (column: string, base: string) => `growth of ${column} over ${base}, in %`,
  targetDue: (due: string) => `due ${due}`,
  targetYearEnd: 'year-end',
  targetPeriodEnd: 'period-end (month-end in a monthly table)',
  targetYears: (from: number, to: number) => `years ${from}–${to}`,
  explainWhen: 'applies when',
  explainJoin: 'reads',
  joinedRow: (table: string, offset: number) =>
    offset === 0
      ? `the row of ${table} for the same period`
      : `the row of ${table} for the period ${offset > 0 ? `${offset} after` : `${-offset} before`} the row's`,
  otherwise: (value: string) => `otherwise ${value}`,
  /** An expression's logic as `rules` and `explain` say it: `a >= b and c > 0`. */
  exprAnd: 'and',
  exprOr: 'or',
  exprNot: 'not',
  rangeJoin: '; ',
  targetJoin: ', ',
  ruleSeverity: { error: 'error', warning: 'warning' },
  // The same names as the template's guide gives the field types.
  fieldType: xlsx.typeName,
  columnKind: (type: string, unit: string | undefined) => (unit ? `(${type}, unit: ${unit})` : `(${type})`),
} satisfies typeof zh;
