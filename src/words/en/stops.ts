// English: errors that stop a run (stderr).
import type { stops as zh } from '../zh/stops.js';

export const stops = {
  internalError: (message: string) => `internal error: ${message}`,
  runWithDebug: '(run again with --debug for details, and report it)',
  fsNoSuchFile: 'no such file',
  fsPermission: 'permission denied',
  fsIsFolder: 'it is a folder, not a file',
  fsNotAFolder: 'a part of the path is not a folder',
  fsNoSpace: 'no space left on the device',
  fsNameTooLong: 'the name is too long for the file system: give a shorter one',
  cannotRead: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  cannotReadPack: (file: string, reason: string) => `cannot read rule pack ${file}: ${reason}`,
  cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
  folderMissing: (folder: string) => `the folder ${folder} does not exist`,
  blockDeviceTarget: (file: string) =>
    `${file} is a block device (a disk); no report is written into one: give a regular file`,
  linkedStreamTarget: (file: string, real: string) =>
    `${file} is a link to ${real}, which is not a regular file; a link is not followed to a device, FIFO or socket. Name it by its own path if you mean it`,
  notATable: (file: string, looks: string) =>
    `${file} is not a text table: it looks like ${looks}. Save it from Excel as "CSV UTF-8" and check that file`,
  looksZip: 'a zip archive, such as an .xlsx workbook',
  looksXls: 'an old Excel .xls workbook',
  looksPdf: 'a PDF document',
  looksBinary: 'binary data (it holds NUL bytes)',
  quoteNotClosed: (file: string, line: number) =>
    `${file}:${line}: a quote opened at line ${line} is never closed, so the rest of the file cannot be read`,
  recordTooLarge: (file: string, line: number, mib: number) =>
    `${file}:${line}: the record starting here is over ${mib} MiB, which no county row is (often a quote opened here and never closed); the rest of the file is not read`,
  recordUnreadable: (file: string, line: number, code: string) =>
    `${file}:${line}: the CSV record starting here cannot be read (${code}); the rest of the file is not read`,
  yamlGotMapping: 'a single mapping',
  yamlGotValue: 'a single value',
  yamlNotAList: (file: string, got: string) => `${file}: expected a list of rows (each '- county: …'), found ${got}`,
  packInvalid: (file: string, count: number) =>
    `rule pack ${file} has ${count === 1 ? '1 mistake' : `${count} mistakes`}`,
  unknownRule: (id: string, pack: string, guess: string | undefined) =>
    `no rule '${id}' in ${pack}${guess ? `; did you mean '${guess}'?` : ''} (duibiao rules lists them)`,
  badAsOf: (text: string) =>
    `--as-of '${text}' is neither a date like 2022-12-31, 2022/12/31 or 2022.12.31 nor report-date (each row at its report date)`,
  badToday: (source: string, text: string) =>
    `${source} '${text}' is not a date like 2022-12-31 (it gives the day of the run)`,
  outputOneFormat: '--output takes a single format; give each format its own file as -f NAME:FILE',
  outputAlreadyNamed: (spec: string) => `-f ${spec} already names a file; drop --output`,
  oneToStdout: 'at most one format may go to stdout; give the others a file, as -f NAME:FILE',
  sameFile: (a: string, b: string, file: string) => `-f ${a} and -f ${b} both write ${file}; give each its own file`,
  unknownFormat: (name: string, from: string) => `unknown format '${name}'; choose from ${from}`,
  noFileAfterColon: (name: string) => `-f ${name}: names no file after the colon`,
} satisfies typeof zh;
