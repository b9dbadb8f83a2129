// The random part of a temporary file's name. node:crypto costs a plain check some milliseconds
// to load, and a check that writes no temporary file (most small ones) never needs it: so it is
// loaded at the first name asked for.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

/** `bytes` random bytes, in hexadecimal. */
export function randomHex(bytes: number): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return crypto.randomBytes(bytes).toString('hex');
}
