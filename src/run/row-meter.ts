// How far the reports of a large run have gone through its kept rows (row-store.ts), for the
// progress line: every report judges the rows again as it renders, in as many passes over them as
// its format makes, so the rows passed over against the rows kept × those passes is the share of
// its writing done. One meter for the run, kept by the row store's readers, so that no report
// counts anything itself.

export interface RowMeterReading {
  /** Rows kept so far. */
  kept: number;
  /** Passes over the kept rows begun so far. */
  passes: number;
  /** Rows read back so far, in every pass. */
  passed: number;
}

const reading: RowMeterReading = { kept: 0, passes: 0, passed: 0 };

/** The meter at this moment: a copy, to be compared with a later one. */
export function rowMeter(): RowMeterReading {
  return { ...reading };
}

/** Rows added to a store. */
export function rowsKept(rows: number): void {
  reading.kept += rows;
}

/** A pass over a store's rows begun. */
export function passBegun(): void {
  reading.passes++;
}

/** Rows of a pass read back. */
export function rowsPassed(rows: number): void {
  reading.passed += rows;
}
