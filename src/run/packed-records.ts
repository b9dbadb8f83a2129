// A batch of records as it crosses to the counting worker: every cell of the batch in one string,
// their lengths beside it. Cloning an array of arrays of strings costs the receiving thread a
// string and an object for every cell it reads out of the message, and the worker, not the
// reading thread, is the critical path of a count (docs/performance.md): one string and one
// array of numbers are copied whole, and the worker cuts the cells out of the string itself.
import type { RecordBatch } from '../read/records.js';

export interface PackedRecords {
  /** Every cell of every record, one after the other, nothing between them. */
  text: string;
  /** For each record: its number of cells, then each cell's length (UTF-16 units). */
  lengths: Uint32Array;
  /** The line each record starts at. */
  lines: Float64Array;
  delimiter?: string;
  spanning?: number[];
}

/**
 * From this length a substring of a string is, in V8, a slice that holds the whole string alive
 * (shorter ones are copied). A cell cut from a batch's text that is kept (in a held problem's
 * message, a name remembered) would keep the batch's whole text alive: cells this long are copied.
 */
const SLICED_FROM = 13;

export function packRecords(batch: RecordBatch): PackedRecords {
  const { records } = batch;
  let count = records.length;
  for (const record of records) count += record.length;
  const lengths = new Uint32Array(count);
  const texts: string[] = new Array<string>(records.length);
  let k = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    lengths[k++] = record.length;
    for (const cell of record) lengths[k++] = cell.length;
    texts[i] = record.join('');
  }
  return {
    text: texts.join(''),
    lengths,
    lines: Float64Array.from(batch.lines),
    ...(batch.delimiter === undefined ? {} : { delimiter: batch.delimiter }),
    ...(batch.spanning === undefined ? {} : { spanning: batch.spanning }),
  };
}

export function unpackRecords(packed: PackedRecords): RecordBatch {
  const { text, lengths } = packed;
  const records: string[][] = [];
  let at = 0;
  for (let k = 0; k < lengths.length;) {
    const width = lengths[k++]!;
    const record: string[] = [];
    for (let i = 0; i < width; i++) {
      const length = lengths[k++]!;
      const cell = text.substring(at, at + length);
      record.push(length < SLICED_FROM ? cell : ownCopy(cell));
      at += length;
    }
    records.push(record);
  }
  return {
    records,
    lines: Array.from(packed.lines),
    ...(packed.delimiter === undefined ? {} : { delimiter: packed.delimiter }),
    ...(packed.spanning === undefined ? {} : { spanning: packed.spanning }),
  };
}

/**
 * The cell's text in a string of its own: the string with one unit more is flattened into a new
 * string (copying the cell, not the batch), of which the cell is then a slice.
 */
function ownCopy(cell: string): string {
  return `${cell} `.slice(0, -1);
}
