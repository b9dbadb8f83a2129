// Writes the JSON report of a check straight into its file as the rows are read: no verdict
// stays in memory and no byte is copied twice. The counts come first in the report, as CLI.md
// shows them, but are known only at the end; so the findings are written behind room kept for
// everything before them (`jsonHeadSize`), and that room is filled last. As every report, it is
// written to a temporary file and renamed into place only when whole.
import type { CheckResult } from '../model/types.js';
import { jsonHead, jsonTail } from '../report/json/head.js';
import { CHUNK } from './findings-batch.js';
import { FindingsFile } from './findings-file.js';
import type { FindingsSetup } from './findings-writer.js';
import { putInPlace, readAll, temporaryFor, unwritable, writeAll, writeFileChunks } from './output.js';

export class JsonReportFile extends FindingsFile {
  constructor(
    private readonly file: string,
    /** The bytes kept for the head. */
    private readonly headSize: number,
    setup: FindingsSetup,
    withWorker: boolean,
    /** Bytes moved at a time should the findings have to move. */
    private readonly moveChunk = CHUNK,
  ) {
    super(temporaryFor(file), headSize, setup, withWorker, file);
  }

  /** Ends the findings, writes the head and the tail, and puts the report in place. */
  async writeJson(result: CheckResult): Promise<void> {
    try {
      let end = await this.writer.end(result.findings);
      let head = Buffer.from(jsonHead(result));
      // The head outgrows its room only past ten billion verdicts, or with something the reader
      // reports that jsonHeadSize does not know of; the findings then move up to make room.
      // Room to spare is spaces.
      if (head.length > this.headSize) end = this.shiftFindings(end, head.length - this.headSize);
      else head = Buffer.concat([head, Buffer.alloc(this.headSize - head.length, ' ')]);
      // The tail holds every problem, hundreds of megabytes of them in a large run: written as it is
      // made, never whole in memory.
      await writeFileChunks(this.fd, jsonTail(result), end);
      writeAll(this.fd, head, 0);
      this.close();
      // Its temporary file is forgotten by dispose, once it is in place or not.
      await putInPlace(this.path, this.file, () => undefined);
    } catch (error) {
      await this.dispose();
      throw unwritable(this.file, error);
    }
  }

  /** Moves the findings, which end at `end`, `by` bytes further into the file, from the end back; their new end. */
  private shiftFindings(end: number, by: number): number {
    const buffer = Buffer.allocUnsafe(this.moveChunk);
    for (let stop = end; stop > this.headSize;) {
      const start = Math.max(this.headSize, stop - buffer.length);
      const chunk = buffer.subarray(0, stop - start);
      readAll(this.fd, chunk, start);
      writeAll(this.fd, chunk, start + by);
      stop = start;
    }
    return end + by;
  }
}
