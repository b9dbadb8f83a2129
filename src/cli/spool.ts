// Holds the JSON findings of a check on disk as they are made, so that no verdict stays in memory:
// the report is then written head first, as CLI.md shows it, with the spooled findings copied in
// after the counts. Used where the report cannot be written in place: to stdout, or to several files.
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult, Row } from '../model/types.js';
import { jsonHead, jsonTail } from '../report/json.js';
import { FindingsWriter, type FindingsSetup } from './findings-writer.js';
import { CHUNK } from './findings-batch.js';
import { removedAtExit } from './leftovers.js';
import { readAll, unwritable, writeText } from './output.js';

export class FindingsSpool {
  private readonly path = join(tmpdir(), `duibiao-findings-${process.pid}-${Date.now()}.jsonl`);
  private readonly fd: number;
  private readonly remove: () => void;
  private readonly writer: FindingsWriter;
  private end: number | undefined;

  constructor(setup: FindingsSetup, withWorker: boolean) {
    try {
      this.fd = openSync(this.path, 'w+');
    } catch (error) {
      throw unwritable(this.path, error);
    }
    this.remove = removedAtExit(this.path);
    this.writer = new FindingsWriter(this.fd, 0, setup, withWorker);
  }

  rows(batch: readonly Row[]): void {
    this.writer.rows(batch);
  }

  /** The JSON report, the spooled findings copied in after the counts; may be written more than once. */
  async writeJson(result: CheckResult, file: string | undefined): Promise<void> {
    this.end ??= await this.writer.end(result.findings);
    await writeText(this.report(result, this.end), file);
  }

  private *report(result: CheckResult, end: number): Generator<string | Buffer> {
    yield jsonHead(result);
    for (let position = 0; position < end; ) {
      // A fresh buffer each time: a stdout write may still hold the last one.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - position));
      readAll(this.fd, buffer, position);
      position += buffer.length;
      yield buffer;
    }
    yield* jsonTail(result);
  }

  async dispose(): Promise<void> {
    await this.writer.dispose();
    closeSync(this.fd);
    this.remove();
  }
}
