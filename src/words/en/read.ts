// English: refusals of an input: not a file, no known format (read/regular-file.ts, dataset.ts, row.ts).
import type { read as zh } from '../zh/read.js';

export const read = {
  notAFile: {
    fifo: 'it is a pipe (FIFO), not a file',
    socket: 'it is a socket, not a file',
    device: 'it is a device, not a file',
  },
  tooLargeWhole: (mib: number) => `it is larger than ${mib} MiB, the most a file read whole may be`,
  unknownFormat: (file: string, extension: string | undefined) =>
    `${file}: cannot tell the format from '${extension ?? 'no extension'}'; expected .csv, .yaml, .yml, .json, .xlsx or .xls`,
  sheetIgnored: (sheets: string) =>
    `--sheet ${sheets} applies to .xlsx and .xls workbooks only; the inputs of this run are CSV, YAML or JSON files, which have no sheets`,
  formulaNotComputed: (formula: string) =>
    `the cell holds a formula${formula === '=' ? '' : ` '${formula}'`} that was never computed (the workbook was written by a program and never opened in Excel or WPS); open the workbook in Excel or WPS, save it, and check it again`,
  yearTooLarge: (text: string, most: number) => `'${text}' is no usable year: it is beyond ${most}`,
} satisfies typeof zh;
