// English: a workbook that cannot be read (read/workbook.ts, xls.ts, xlsx*.ts, zip.ts, xml.ts).
import type { workbook as zh } from '../zh/workbook.js';

export const workbook = {
  notReadable: (file: string, why: string) => `${file}: not a readable workbook: ${why}`,
  neitherZipNorOle: 'it is neither an .xlsx (zip) nor an .xls (OLE) file',
  xlsDamaged: 'it is an Excel 97–2003 (.xls) file, but its contents are damaged or cut short',
  oleDamaged: 'it begins as an OLE (Excel 97–2003) file does, but its structure is damaged or cut short',
  noWorkbookPart: 'it is a zip file without xl/workbook.xml',
  refused: (file: string, why: string) => `${file}: refused: ${why}`,
  zipBomb: (file: string, why: string) =>
    `${file}: refused: ${why}; no county return is that large, it looks like a zip bomb`,
  sharedStrings: (bytes: number) => `its shared strings declare ${bytes} bytes`,
  xlsTooLarge: (bytes: number) => `an Excel 97–2003 file over ${bytes} bytes; no county return is that large`,
  encrypted: (file: string) =>
    `${file}: the workbook is protected by a password (encrypted); duibiao cannot read it. Save a copy without a password and check that one`,
  encryptedEntry: (file: string, entry: string) =>
    `${file}: the workbook is encrypted (entry '${entry}'); duibiao cannot read it`,
  doctype: (file: string, part: string) =>
    `${file}: refused: the part '${part}' declares a DOCTYPE; a workbook never needs one, and its entities could expand without bound`,
  badXml: (part: string) => `the part '${part}' is not well-formed XML: the workbook is damaged`,
  sheetPart: (part: string, row: number, what: string) => `${part}: row ${row}: unreadable ${what}`,
  rowNumber: (text: string, after: number) => `row number '${text}' after row ${after}`,
  cellReference: (text: string) => `cell reference '${text}'`,
  sharedString: (index: string, count: number) => `shared string ${index}, of ${count}`,
  entryNoLocalHeader: (entry: string) => `entry '${entry}' has no local header`,
  entryMethod: (entry: string, method: number) => `entry '${entry}' uses compression method ${method}`,
  entryInflatesPast: (entry: string, bytes: number) => `entry '${entry}' inflates past its declared ${bytes} bytes`,
  entryNotInflated: (entry: string) => `entry '${entry}' cannot be inflated: its compressed data is damaged`,
  entryInflatedSize: (entry: string, bytes: number, declared: number) =>
    `entry '${entry}' inflates to ${bytes} bytes, not the ${declared} declared`,
  notZip: 'it is not a zip file (no end of central directory)',
  zip64: 'it is a ZIP64 archive, larger than any return',
  entryCount: (count: number) => `it holds ${count} entries`,
  directoryPastEnd: 'its central directory lies past the end of the file',
  directoryDamaged: 'its central directory is damaged',
  zip64Entry: (entry: string) => `entry '${entry}' is a ZIP64 entry`,
  entryDeclares: (entry: string, bytes: number) => `entry '${entry}' declares ${bytes} bytes`,
  entryRatio: (entry: string, bytes: number, compressed: number) =>
    `entry '${entry}' declares ${bytes} bytes from ${compressed}`,
  entriesTotal: (bytes: number) => `its entries declare more than ${bytes} bytes together`,
  mergedRanges: (sheet: string, most: number) => `sheet "${sheet}" lists more than ${most} merged ranges`,
  cellTooLarge: (file: string, sheet: string, row: number, cell: string, mib: number) =>
    `${file}: sheet "${sheet}", row ${row}${cell === '' ? '' : ` (cell ${cell})`}: its text is over ${mib} MiB, which no county row is; the rest of the workbook is not read`,
  tokenTooLong: (file: string, part: string, mib: number) =>
    `${file}: part '${part}' holds a text or a tag over ${mib} MiB, which no return does; the rest of the workbook is not read`,
  sharedPart: (first: string, second: string, part: string) =>
    `sheets "${first}" and "${second}" are one part, '${part}', which no program writes`,
  sheetCount: (most: number) => `it lists more than ${most} sheets`,
  runInflates: (bytes: number) => `the workbooks of this run inflate to more than ${bytes} bytes together`,
  sheetHidden: (sheet: string) =>
    `sheet "${sheet}" is hidden (such as the list behind a drop-down), not a return; skipped`,
  sheetKeysOnly: (sheet: string) =>
    `sheet "${sheet}" has a header of key columns only (county, code, period): a list of counties and codes, such as the one behind a drop-down, not a return; skipped`,
  sheetSkipped: (sheet: string) => `sheet "${sheet}" has no header naming the pack's columns; skipped`,
  noSheet: (sheets: string) =>
    `no sheet of the workbook has a header naming the pack's columns (sheets: ${sheets}): the header line is missing, and the workbook was not read; put the header line back above the data, or pick a sheet with --sheet`,
  andMore: (listed: string, more: number) => `${listed} and ${more} more`,
  sheetName: (name: string) => `"${name}"`,
  sheetsJoin: ', ',
  noSheets: '(none)',
  sheetNotFound: (file: string, wanted: string, sheets: string) =>
    `${file}: no sheet '${wanted}'; the workbook has ${sheets}`,
  numberedSheet: (n: number, name: string) => `${n} "${name}"`,
  numberedSheetsJoin: ', ',
} satisfies typeof zh;
