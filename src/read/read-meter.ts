// The bytes of the data files read so far, for the progress line, counted on the thread that
// reads: a text file's bytes where they are taken (decode.ts); a workbook's, as the inflated
// bytes of its sheets' XML parsed, against their uncompressed sizes from the zip's directory,
// known once it is opened (xlsx.ts). An .xls workbook is parsed whole by SheetJS: nothing of it
// is counted, and a run that reads one shows no share.
let read = 0;
let known = 0;
let workbooks = 0;
/** Readings under way that are not the data's (the joined tables' look ahead, run/joins.ts). */
let aside = 0;

/** Counts `bytes` more of a data file read. */
export function countRead(bytes: number): void {
  if (aside === 0) read += bytes;
}

/** A workbook opened whose sheets' bytes will be counted as they are read: `bytes` in all. */
export function countWorkbook(bytes: number): void {
  if (aside > 0) return;
  known += bytes;
  workbooks++;
}

/** Reads the files for something else than the data's reading, not counted: the line shows that reading alone. */
export async function uncounted<T>(reading: () => Promise<T>): Promise<T> {
  aside++;
  try {
    return await reading();
  } finally {
    aside--;
  }
}

export interface ReadMeterReading {
  /** Bytes of data files read since the process began, text files' and workbook sheets'. */
  read: number;
  /** Bytes of the sheets of the workbooks opened since the process began. */
  known: number;
  /** Workbooks opened whose bytes are counted. */
  workbooks: number;
}

export function readMeter(): ReadMeterReading {
  return { read, known, workbooks };
}
