// A password-protected .xlsx as Excel stores it: an OLE file holding EncryptionInfo and the encrypted package.

/** The part of SheetJS's CFB used here (SheetJS declares CFB `any`). */
interface Cfb {
  utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Buffer): void };
  write(container: unknown, options: { type: 'buffer' }): Uint8Array;
}

export async function encryptedXlsx(encryptedPackage: Buffer): Promise<Buffer> {
  const CFB = (await import('@e965/xlsx')).CFB as Cfb;
  const ole = CFB.utils.cfb_new();
  CFB.utils.cfb_add(ole, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(ole, 'EncryptedPackage', encryptedPackage);
  return Buffer.from(CFB.write(ole, { type: 'buffer' }));
}
