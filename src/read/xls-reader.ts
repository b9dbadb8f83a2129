// The .xls reader (an OLE compound file by its bytes): read whole within its bound by SheetJS,
// each sheet an input of records. An OLE file holding EncryptionInfo is a password-protected
// .xlsx, refused as encrypted. SheetJS is loaded only when an .xls is read.
import { DuibiaoError } from '../errors.js';
import type { Reader } from './reader.js';
import { say } from '../words/message.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const xlsReader: Reader = {
  format: 'xls',
  extensions: ['.xls'],
  sniff: (head) => head.length >= CFB_MAGIC.length && CFB_MAGIC.every((byte, i) => head[i] === byte),
  records: true,
  workbook: true,
  async *read(file, context) {
    yield* (await import('./workbook.js')).workbookInputs(file, context);
  },
  async openWorkbook(file, budget, host) {
    const xls = await import('./xls.js');
    const bytes = await xls.readWhole(file, host, xls.MAX_XLS_BYTES);
    budget.take(bytes.length, file);
    // An encrypted .xlsx is an OLE file holding EncryptionInfo and the encrypted package.
    // SheetJS declares CFB `any`: the two calls made here, typed.
    const CFB = (await import('@e965/xlsx')).CFB as {
      read(data: Uint8Array, options: { type: 'array' }): unknown;
      find(container: unknown, path: string): unknown;
    };
    let encrypted: boolean;
    try {
      encrypted = xls.quietly(() => CFB.find(CFB.read(bytes, { type: 'array' }), 'EncryptionInfo') != null);
    } catch (error) {
      throw new DuibiaoError('format-error', say('workbook.notReadable', file, say('workbook.oleDamaged')), [], {
        cause: error,
      });
    }
    if (encrypted) throw xls.encrypted(file);
    return xls.openXls(file, bytes);
  },
};
