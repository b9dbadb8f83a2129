// The .xlsx reader (.xlsx, .xlsm; any zip file by its bytes): a zip of XML parts, each sheet an
// input of records. The zip and XML readers are loaded only when a workbook is read.
import type { Reader } from './reader.js';

export const xlsxReader: Reader = {
  format: 'xlsx',
  extensions: ['.xlsx', '.xlsm'],
  sniff: (head) => head[0] === 0x50 && head[1] === 0x4b,
  records: true,
  workbook: true,
  async *read(file, context) {
    yield* (await import('./workbook.js')).workbookInputs(file, context);
  },
  async openWorkbook(file, budget, host) {
    return (await import('./xlsx.js')).openXlsx(file, host, budget);
  },
};
