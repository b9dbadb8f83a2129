// English: the inputs as named and the policy every input is read by: folders, patterns and lock files
// (read/inputs.ts), links out of the folder named, a config's reach (read/input-policy.ts).
import type { inputs as zh } from '../zh/inputs.js';

export const inputs = {
  linkOutside: (file: string, target: string) =>
    `${file} is a link to ${target}, outside the folder given; not read. Give --follow-links to read it all the same`,
  configPathOutside: (config: string, key: string, path: string) =>
    `config ${config}: ${key} names '${path}', which leaves the config's folder (.., an absolute path, ~ or a link); a config names files inside its folder only; give others on the command line`,
  unknownColumnsNotShown: (count: number) =>
    `${count === 1 ? '1 column' : `${count} columns`} the rule pack does not have, not read; not named, as the header names no key column`,
  linesNotShown: '(not shown, as the header names no key column)',
  noMatch: 'no file matches',
  folderHoldsNoReturn:
    'the folder holds no .csv, .tsv, .txt, .yaml, .yml, .json, .xlsx, .xlsm or .xls file (its subfolders are not read)',
  lockFile: (file: string, workbook: string) =>
    `${file} is the lock file Excel or WPS keeps while the workbook ${workbook} is open, not a return: close the workbook in Excel first, then check ${workbook}`,
  lockFileSkipped: (workbook: string) =>
    `the lock file Excel or WPS keeps while the workbook ${workbook} is open; skipped. If the workbook has unsaved changes, save and close it, then check again`,
} satisfies typeof zh;
