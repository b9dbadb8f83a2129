// Holds the JSON findings of a check on disk as they are made, so that no verdict stays in memory:
// the report is then written head first, as CLI.md shows it, with the spooled findings copied in
// after the counts. Used where the report cannot be written in place: to stdout, or to several files.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult, Verdict } from '../model/types.js';
import { jsonHead, jsonTail } from '../report/json/head.js';
import { RuleSpools } from './rule-spools.js';
import { CHUNK } from './findings-batch.js';
import { FindingsFile } from './findings-file.js';
import type { FindingsSetup } from './findings-writer.js';
import { readAll, writeText } from './output.js';
import { spooledItems } from './spool-lines.js';

export class FindingsSpool extends FindingsFile {
  private end: number | undefined;

  constructor(setup: FindingsSetup, withWorker: boolean) {
    super(join(tmpdir(), `duibiao-findings-${randomBytes(8).toString('hex')}.jsonl`), 0, setup, withWorker);
  }

  /** Ends the findings with the whole-data-set ones of `result`; then every finding reads back, a rule's alone if asked. */
  async finish(result: CheckResult): Promise<(rule?: string) => Iterable<Verdict>> {
    const end = (this.end ??= await this.writer.end(result.findings));
    const rules = result.rules.map((rule) => rule.id);
    return (rule) => {
      if (rule === undefined) return spooledItems<Verdict>(this.fd, 0, end);
      // A report that reads rule by rule (junit) reads the spool once, split by rule, not once a rule.
      this.byRule ??= new RuleSpools(this.fd, end, rules);
      return this.byRule.findings(rule);
    };
  }

  private byRule: RuleSpools | undefined;

  override async dispose(): Promise<void> {
    this.byRule?.dispose();
    await super.dispose();
  }

  /** The JSON report, the spooled findings copied in after the counts; may be written more than once. */
  async writeJson(result: CheckResult, file: string | undefined): Promise<void> {
    this.end ??= await this.writer.end(result.findings);
    await writeText(this.report(result, this.end), file);
  }

  private *report(result: CheckResult, end: number): Generator<string | Buffer> {
    yield jsonHead(result);
    for (let position = 0; position < end;) {
      // A fresh buffer each time: a stdout write may still hold the last one.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - position));
      readAll(this.fd, buffer, position);
      position += buffer.length;
      yield buffer;
    }
    yield* jsonTail(result);
  }
}
