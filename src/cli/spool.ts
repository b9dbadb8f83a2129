// Holds the JSON findings of a large check on disk as they are made, so that no verdict stays in
// memory: the report is then written head first, as CLI.md shows it, with the spooled findings
// copied in after the counts.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../model/types.js';
import { itemLine, LIST_END, verdictJson } from '../report/json.js';

const FLUSH_AT = 1 << 20;

export class FindingsSpool {
  private readonly path = join(tmpdir(), `duibiao-findings-${process.pid}-${Date.now()}.jsonl`);
  private readonly fd = openSync(this.path, 'w+');
  // Lines are encoded straight into this buffer: no joined string, no second copy.
  private readonly buffer = Buffer.allocUnsafe(FLUSH_AT);
  private used = 0;
  private count = 0;
  private closed = false;
  // Even a run ended early (a closed pipe) leaves no spool behind.
  private readonly remove = (): void => rmSync(this.path, { force: true });

  constructor() {
    process.once('exit', this.remove);
  }

  add(verdict: Verdict): void {
    this.append(itemLine(this.count++, verdictJson(verdict)));
  }

  private append(line: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 > FLUSH_AT) {
      this.flush();
      if (line.length * 3 > FLUSH_AT) {
        writeSync(this.fd, line);
        return;
      }
    }
    this.used += this.buffer.write(line, this.used);
  }

  /** The findings as written, closing the list, in chunks; may be read more than once. */
  *chunks(): Generator<Buffer> {
    if (!this.closed && this.count > 0) this.append(LIST_END);
    this.closed = true;
    this.flush();
    for (let position = 0; ; ) {
      const buffer = Buffer.allocUnsafe(FLUSH_AT);
      const read = readSync(this.fd, buffer, 0, buffer.length, position);
      if (read === 0) return;
      position += read;
      yield buffer.subarray(0, read);
    }
  }

  dispose(): void {
    closeSync(this.fd);
    this.remove();
    process.removeListener('exit', this.remove);
  }

  private flush(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}
