// English: data problems (read); data problems, merged.
import type { dataProblems as zh } from '../zh/data-problems.js';

export const dataProblems = {
  emptyFile: 'the file is empty or blank: no header and no data rows',
  noRows: 'the file has a header but no data rows',
  noHeader: (keys: string) =>
    `no line names a key column (${keys}): the header line is missing, and the file was not read; put the header line back above the data`,
  blankRow: 'blank row, skipped',
  titleRow: (text: string) => `title row above the header, skipped: '${text}'`,
  missingCells: (cells: number, width: number) =>
    `the row has ${cells} cells and the header ${width}; the last ${width - cells} are missing`,
  extraCells: (cells: number, width: number) =>
    `the row has ${cells} cells and the header ${width}; the extra cells are not read`,
  duplicateRow: (place: string, where: string) => `${place} appears again (first at ${where}); both rows are checked`,
  countyBlank: 'the county is blank',
  yearBlank: 'the year is blank',
  headerBlank: (from: number, to: number) =>
    `${from === to ? `column ${from} has` : `columns ${from}–${to} have`} no header; ${from === to ? 'it was' : 'they were'} not read`,
  headerEncoding: (n: number) =>
    `the header of column ${n} holds bytes that are not text in the file's encoding; the column is not read`,
  headerDuplicate: (header: string, column: string, first: number) =>
    `'${header}' is ${column} again (first in column ${first}); only column ${first} is read`,
  unknownColumns: (names: string) => `columns the rule pack does not have, not read: ${names}`,
  requiredColumnMissing: (column: string) => `the required column ${column} is missing`,
  columnsMissing: (all: number, missing: number, named: string, more: number) =>
    `${missing} of ${all} columns are missing, and the rules that use them say "no data": ${named}${more > 0 ? ` and ${more} more` : ''}`,
  exceedsTotal: (part: string, total: string, value: string, whole: string) =>
    `${part} is above ${total} (${value} > ${whole})`,
  triggerMonthsMismatch: (label: string, year: number, given: string, counted: number, months: string) =>
    `${label} says ${given}, and the price index triggered ${counted} months paid in ${year}${months ? ` (index months ${months})` : ''}`,
  triggerMonthsUnchecked: (label: string, year: number, absent: string) =>
    `the price index does not cover every month paid in ${year} (no index for ${absent}): ${label} of that year is not checked`,
  unjoinedRows: (table: string, rows: number, by: string, lines: string, periods: string) =>
    `${rows} ${table} ${rows === 1 ? 'row' : 'rows'} read by nothing: no ${by} row answers to ${rows === 1 ? 'it' : 'them'}, not judged: ${rows === 1 ? 'line' : 'lines'} ${lines} (${periods})`,
  cellEncoding:
    "the cell holds bytes that are not text in the file's encoding (in a UTF-8 file, mostly a row pasted from a GBK file)",
  excelError: (text: string) => `the Excel error value '${text}' is not a number`,
  scientific: (text: string) =>
    `'${text}' is Excel's scientific notation, and the number may have been rounded; format the column as a number`,
  notANumber: (text: string) => `'${text}' is not a number`,
  notAWholeNumber: (text: string) => `'${text}' is not a whole number`,
  negativeCount: (text: string) => `'${text}' is negative, and a count cannot be`,
  negativeAmount: (text: string) => `'${text}' is negative, and an amount cannot be`,
  outOfRange: (text: string, min: string, max: string) => `'${text}' is outside the range ${min}–${max}`,
  notYesNo: (text: string) => `'${text}' is not yes or no (write yes/no, Y/N, 1/0, or their Chinese forms)`,
  scientificCode: (text: string) => `'${text}' is Excel's scientific notation; format the code column as text`,
  notACode: (text: string) => `'${text}' is not a 6-digit code`,
  notARealDate: (text: string) => `'${text}' is not a real date`,
  notARealMonth: (text: string) => `'${text}' is not a real month`,
  notAMonth: (text: string) => `'${text}' is not a month like 2022-03 or 2022/3`,
  notADate: (text: string, serial: boolean) =>
    `'${text}' is not a date like 2022-12-31 or 2022.12.31${serial ? ' (it is an Excel date serial: format the column as a date)' : ''}`,
  yamlEmpty: 'the file is empty: no data rows',
  yamlNoRows: 'the list of data rows is empty',
  yamlNotARow: "the list item is not a mapping of 'column: value'; skipped",
  yamlKeyEncoding: (n: number) =>
    `key ${n} holds bytes that are not text in the file's encoding; its value is not read`,
  yamlKeyBlank: (n: number) => `key ${n} is blank; its value is not read`,
  yamlDuplicate: (name: string, column: string) => `'${name}' is ${column} again in this row; only the first is read`,
  yamlTooDeep: (depth: number) => `nested more than ${depth} levels deep`,
  yamlSecondDocument: 'a second YAML document starts here (after ---); a file holds one',
  notAScalar: 'one value belongs here, but this is a list or a mapping',

  // data problems, merged
  duplicateCode: (code: string, year: number | string, where: string, county: string) =>
    `division code ${code} appears again in ${year} (first at ${where}), written here as ${county}; one code is one county, and both rows were checked`,
  twoCodes: (county: string, year: number | string, first: string, second: string) =>
    `${county} has two division codes in ${year}: ${first} and ${second}`,
  placeholderBlank: (label: string, count: number, marks: string) =>
    `${label}: ${count} cells hold only ${marks}, read as blank (no data), never as 0`,
  yamlAliasCells: (max: number) =>
    `rows written as aliases (*name) stand for more than ${max} cells; write the rows out`,
} satisfies typeof zh;
