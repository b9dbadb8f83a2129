// A file the JSON findings go into as the rows are read, from a given place on: a report's own
// temporary file, or a spool. Opened at once, so that a place that cannot be written stops the run
// before any reading; closed only once the writer's worker has stopped; removed however the run ends.
import { closeSync, constants } from 'node:fs';
import type { Row } from '../model/types.js';
import { FindingsWriter, type FindingsSetup } from './findings-writer.js';
import { removedAtExit } from './leftovers.js';
import { openExclusive, unwritable } from './output.js';

export class FindingsFile {
  protected readonly fd: number;
  protected readonly writer: FindingsWriter;
  private readonly remove: () => void;
  private closed = false;

  constructor(
    protected readonly path: string,
    start: number,
    setup: FindingsSetup,
    withWorker: boolean,
    /** The file a user would name in an error: the report, for its temporary file. */
    private readonly shownAs = path,
  ) {
    try {
      this.fd = openExclusive(path, constants.O_RDWR);
    } catch (error) {
      throw unwritable(shownAs, error);
    }
    this.remove = removedAtExit(path);
    this.writer = new FindingsWriter(this.fd, start, setup, withWorker);
  }

  /** A promise returned holds the reading back until the batches waiting to be written are fewer. */
  rows(batch: readonly Row[]): Promise<void> | undefined {
    try {
      return this.writer.rows(batch)?.catch((error: unknown) => {
        throw unwritable(this.shownAs, error);
      });
    } catch (error) {
      // A full disk while the findings stream in is the report's to name, as at its end.
      throw unwritable(this.shownAs, error);
    }
  }

  /** Leaves nothing behind but a report put in place. */
  async dispose(): Promise<void> {
    // The worker stops first: the file must not be closed beneath it.
    await this.writer.dispose();
    this.close();
    this.remove();
  }

  protected close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
