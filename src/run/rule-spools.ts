// The spooled findings split by rule, in one pass, into a file per rule: a report that goes rule
// by rule (junit's suites) then reads each rule's findings alone, and the whole spool only twice.
import { closeSync, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../model/types.js';
import { verdictOpening } from '../report/json/encoder.js';
import { removedAtExit } from './leftovers.js';
import { writeAll } from './output.js';
import { spooledItems, spooledLines } from './spool-lines.js';

const FLUSH_AT = 1 << 20;

interface RuleSpool {
  fd: number;
  remove: () => void;
  position: number;
  pending: string[];
  pendingLength: number;
}

export class RuleSpools {
  private readonly spools = new Map<string, RuleSpool>();

  constructor(fd: number, end: number, rules: readonly string[]) {
    const openings = rules.map((rule) => [verdictOpening(rule), rule] as const);
    try {
      for (const rule of rules) {
        const path = join(tmpdir(), `duibiao-rule-${randomBytes(12).toString('hex')}.jsonl`);
        // O_EXCL: a name no one else holds, never a link someone left there.
        this.spools.set(rule, {
          fd: openSync(path, 'wx+', 0o600),
          remove: removedAtExit(path),
          position: 0,
          pending: [],
          pendingLength: 0,
        });
      }
      for (const line of spooledLines(fd, 0, end)) {
        const item = line.trimStart();
        const rule = openings.find(([opening]) => item.startsWith(opening))?.[1];
        if (rule === undefined) continue;
        const spool = this.spools.get(rule)!;
        spool.pending.push(item, '\n');
        spool.pendingLength += item.length;
        if (spool.pendingLength >= FLUSH_AT) flush(spool);
      }
      for (const spool of this.spools.values()) flush(spool);
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  findings(rule: string): Iterable<Verdict> {
    const spool = this.spools.get(rule);
    return spool ? spooledItems<Verdict>(spool.fd, 0, spool.position) : [];
  }

  dispose(): void {
    for (const spool of this.spools.values()) {
      closeSync(spool.fd);
      spool.remove();
    }
    this.spools.clear();
  }
}

function flush(spool: RuleSpool): void {
  if (spool.pending.length === 0) return;
  const bytes = Buffer.from(spool.pending.join(''));
  writeAll(spool.fd, bytes, spool.position);
  spool.position += bytes.length;
  spool.pending = [];
  spool.pendingLength = 0;
}
