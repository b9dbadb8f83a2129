// The CSV reader: text tables (.csv, .txt, .tsv), delimiter and encoding sniffed; records with their lines.
import type { Reader } from './reader.js';

export const csvReader: Reader = {
  format: 'csv',
  extensions: ['.csv', '.txt', '.tsv'],
  records: true,
  workbook: false,
  async *read(file, context) {
    yield await Promise.resolve({
      open: async () => {
        const csv = await (await import('./csv.js')).readCsvRecords(file, context.host);
        return { encoding: csv.encoding, estimatedRows: csv.estimatedRows, records: csv.batches };
      },
    });
  },
};
