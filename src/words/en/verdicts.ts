// English: verdicts (engine); verdicts, merged.
import type { verdicts as zh } from '../zh/verdicts.js';

export const verdicts = {
  dueOn: (date: string) => `, due ${date}`,
  overdue: (date: string) => `, overdue (due ${date})`,
  whenHeld: (condition: string, values: string, period: string) =>
    `; the condition holds for ${period}: ${condition}${values ? ` (${values})` : ''}`,
  whenNotHeld: (condition: string, values: string) =>
    `the condition does not hold: ${condition}${values ? ` (${values})` : ''}`,
  whenNotComputable: (condition: string) => `the condition cannot be told: ${condition} divides by 0`,
  fieldLabel: (_label: string, labelEn: string) => labelEn,
  expressionDivByZero: (expression: string) => `${expression} divides by 0`,
  noThreshold: (period: string) => `no target value applies to ${period}`,
  onlyInYears: (from: number, to: number) => `applies only to ${from}–${to}`,
  cellsInvalid: (cells: string) => `invalid data: ${cells}`,
  joinedAbsent: (table: string, period: string) => `no row of ${table} for ${period}`,
  owedRowAbsent: (table: string, period: string) => `the county sent no row of ${table} for ${period}`,
  cellsMissing: (cells: string) => `no data: ${cells}`,
  listJoin: ', ',
  zeroTotal: (label: string) => `${label} is 0`,
  zeroBase: (label: string) => `${label} is 0, so there is no growth to compute`,
  wholeRows: (counties: number) => `all ${counties} rows of the prefecture`,
  notApplicableOfTotal: (reason: string, of: string) => `${reason} (total of ${of})`,
  totalVerdict: (title: string, of: string, comparison: string, detail: string) =>
    `${title}, ${of}: ${comparison} (${detail})`,
  /** A pack's words written in both languages (a rule's title), said as written in English. */
  packWords: (_zh: string, en: string) => en,

  // verdicts, merged
  dueUnknown: (date: string) =>
    `; the report date is invalid, so whether the ${date} deadline has passed cannot be told`,
  readableOfRows: (rows: number, readable: number) => `the ${readable} readable of the prefecture's ${rows} rows`,
} satisfies typeof zh;
