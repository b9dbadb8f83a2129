// English: the inputs as named, expanded: folders, patterns and lock files (read/inputs.ts).
import type { inputs as zh } from '../zh/inputs.js';

export const inputs = {
  noMatch: 'no file matches',
  folderHoldsNoReturn: 'the folder holds no .csv, .tsv, .txt, .yaml, .yml, .json, .xlsx, .xlsm or .xls file (its subfolders are not read)',
  lockFile: (file: string, workbook: string) => `${file} is the lock file Excel or WPS keeps while the workbook ${workbook} is open, not a return: close the workbook in Excel first, then check ${workbook}`,
  lockFileSkipped: (workbook: string) => `the lock file Excel or WPS keeps while the workbook ${workbook} is open; skipped. If the workbook has unsaved changes, save and close it, then check again`,
} satisfies typeof zh;
