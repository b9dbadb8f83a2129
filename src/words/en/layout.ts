// English: statistical layout (read/records.ts, layout.ts, aggregate.ts).
import type { layout as zh } from '../zh/layout.js';

// String(): test/unit/words.test.ts calls every word with numbers.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
const hasComma = (lines: string): boolean => String(lines).includes(',');

export const layout = {
  lineRange: (first: number, last: number) => `lines ${first}–${last}`,
  lineSome: (lines: string, total: number) =>
    `line${hasComma(lines) ? 's' : ''} ${lines}${total > 0 ? `, ${total} lines in all` : ''}`,
  quotedDamaged: '(holds bytes not of the file encoding)',
  clauseJoin: '; ',
  quoteSpansLines: (column: number, last: number, lines: string) =>
    `the quote in column ${column} closes only on line ${last}, swallowing ${lines} into one cell; those lines were read again as rows of their own: delete or complete the quote`,
  titleRows: (header: number, lines: string, texts: string) =>
    `title, unit or column-number lines besides the header (line ${header}), skipped: ${lines} ${texts}`,
  footerRows: (lines: string, texts: string) =>
    `sign-off, review or note lines under the data, skipped: ${lines} ${texts}`,
  totalRows: (lines: string, names: string, unchecked: string) =>
    `total rows are not counties: not judged, and checked column by column against the county rows they cover: ${lines} ${names}${unchecked}`,
  totalsUnchecked: (list: string) => `; not checked: ${list}`,
  totalSkipped: (line: number, why: string) => `line ${line}: ${why}`,
  totalColumnsUnchecked: (line: number, columns: string, total: number) =>
    `${columns}${total > 0 ? `, ${total} columns in all,` : ''} of line ${line} (a covered row has a blank or invalid cell)`,
  totalNothingAbove: 'no county rows above it',
  totalNothingBelow: 'no county rows below it',
  breakdownRows: (lines: string, names: string) =>
    `rows that break the county above down are not counties: not judged, and counted in no total: ${lines} ${names}`,
  periodFromTitle: (label: string, year: number, where: string) =>
    `the table has no ${label} column; ${where} names one year, ${year}, and every row is read as of it`,
  periodInTitle: (line: number) => `the title (line ${line})`,
  periodInSheetName: 'the sheet name',
  periodInFileName: 'the file name',
  totalMixedYears: 'the rows it covers are not of one year',
  totalMixedMonths: 'the rows it covers are not of one month',
  totalMismatch: (label: string, subtotal: boolean, stated: string, rows: number, sum: string) =>
    `${label}: the ${subtotal ? 'subtotal' : 'total'} row says ${stated}; the ${rows} county rows it covers sum to ${sum}`,
} satisfies typeof zh;
