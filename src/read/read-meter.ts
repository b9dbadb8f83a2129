// The bytes of the data files read so far, for the progress line: counted where a file's bytes
// are taken (decode.ts), on the thread that reads. A workbook is not counted: its size says
// little of how far its rows are read.
let read = 0;

/** Counts `bytes` more of a text data file read. */
export function countRead(bytes: number): void {
  read += bytes;
}

/** The bytes of text data files read since the process began. */
export function bytesRead(): number {
  return read;
}
