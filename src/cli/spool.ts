// Holds the JSON findings of a large check on disk as they are made, so that no verdict stays in
// memory: the report is then written head first, as CLI.md shows it, with the spooled findings
// copied in after the counts. Used where the report cannot be written in place (stdout).
import { closeSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult, Verdict } from '../model/types.js';
import { FindingLines, jsonHead, jsonTail } from '../report/json.js';
import { removedAtExit } from './leftovers.js';
import { writeAll, writeText } from './output.js';

const CHUNK = 1 << 20;

export class FindingsSpool {
  private readonly path = join(tmpdir(), `duibiao-findings-${process.pid}-${Date.now()}.jsonl`);
  private readonly fd = openSync(this.path, 'w+');
  private readonly remove = removedAtExit(this.path);
  private readonly lines = new FindingLines((bytes, release) => {
    writeAll(this.fd, bytes);
    release();
  }, CHUNK);
  private closed = false;

  add(verdict: Verdict): void {
    this.lines.add(verdict);
  }

  /** The JSON report, the spooled findings copied in after the counts; may be written more than once. */
  async writeJson(result: CheckResult, file: string | undefined): Promise<void> {
    await writeText(this.report(result), file);
  }

  private *report(result: CheckResult): Generator<string | Buffer> {
    yield jsonHead(result);
    yield* this.chunks();
    yield* jsonTail(result);
  }

  /** The findings as written, closing the list, in chunks. */
  private *chunks(): Generator<Buffer> {
    if (!this.closed) this.lines.end();
    this.closed = true;
    for (let position = 0; ; ) {
      // A fresh buffer each time: a stdout write may still hold the last one.
      const buffer = Buffer.allocUnsafe(CHUNK);
      const read = readSync(this.fd, buffer, 0, buffer.length, position);
      if (read === 0) return;
      position += read;
      yield buffer.subarray(0, read);
    }
  }

  async dispose(): Promise<void> {
    closeSync(this.fd);
    this.remove();
  }
}
