// What every reader hands on: a file's encoding, how many rows it is judged to hold, and its
// batches, of records (a table a layout is still to be found in) or of rows (YAML, JSON).
import type { Encoding } from './encoding.js';

export interface Source<Batch> {
  encoding: Encoding;
  /** How many rows the file holds, judged from the size of its first lines; 0: not judged. */
  estimatedRows: number;
  batches: AsyncGenerator<Batch>;
}
