// How large the input is, to decide whether a second thread pays for its start.
import { statSync } from 'node:fs';

/** The files' bytes together; a file that cannot be read counts for nothing here: its reader reports it. */
export function inputBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + sizeOf(file), 0);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
