// Keeps the rows of a large check on disk as they are read (row-store.ts), so that no verdict
// stays in memory: each report then judges the rows again as it renders, one at a time, with the
// run's own setup, and reads the whole-data-set verdicts last. Used where the report cannot be
// written in place: to stdout, or to several files, or in any format but JSON.
import { closeSync, constants, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Checked, Row, Status, Verdict } from '../model/types.js';
import { removedAtExit } from './leftovers.js';
import { readAll, writeAll } from './output.js';
import { RowStore } from './row-store.js';
import { checkerOf, type RunSetup } from './setup.js';
import { randomHex } from './random-name.js';

export class RowSpool {
  private readonly store = new RowStore();

  constructor(private readonly setup: RunSetup) {}

  rows(batch: readonly Row[]): void {
    this.store.add(batch);
  }

  /** Every finding, judged afresh from the rows, the whole-data-set ones of `result` last; a rule's alone if asked. */
  finish(result: Checked): (rule?: string, plain?: ReadonlySet<Status>) => Iterable<Verdict> {
    this.store.flush();
    return (rule, plain) => this.findings(result.findings, rule, plain);
  }

  private *findings(
    totals: readonly Verdict[],
    rule: string | undefined,
    plain?: ReadonlySet<Status>,
  ): Generator<Verdict> {
    // A checker of its own: the round's account of its matches is the run's, kept by the lane.
    const checker = checkerOf(this.setup);
    if (rule === undefined) {
      for (const row of this.store.rows()) yield* checker.verdicts(row, plain);
      yield* totals;
      return;
    }
    const index = checker.rules.findIndex((compiled) => compiled.spec.id === rule);
    if (index >= 0)
      for (const row of this.store.rows()) {
        const verdict = checker.verdictOf(row, index);
        if (verdict) yield verdict;
      }
    for (const verdict of totals) if (verdict.rule === rule) yield verdict;
  }

  /** The findings rendered and grouped by rule in one pass (`Spooled.byRule`); a second call renders afresh. */
  byRule(
    result: Checked,
  ): (
    render: (verdict: Verdict) => string | undefined,
    plain?: ReadonlySet<Status>,
  ) => (rule: string) => Iterable<string> {
    return (render, plain) => {
      this.texts?.dispose();
      const texts = new RuleTexts(this.findings(result.findings, undefined, plain), render);
      this.texts = texts;
      return (rule) => texts.of(rule);
    };
  }

  private texts: RuleTexts | undefined;

  dispose(): void {
    this.texts?.dispose();
    this.store.dispose();
  }
}

/** Characters of a rule's texts held before they are written to its file, and bytes read back at a time. */
const FLUSH_AT = 1 << 17;
/** Findings rendered between two yields of the pass: the loop turns between chunks, for a Ctrl-C. */
const FINDINGS_A_TURN = 20_000;

interface RuleFile {
  fd: number;
  remove: () => void;
  end: number;
  pending: string[];
  pendingLength: number;
}

/**
 * The rendered findings of every rule, made in one pass when the first rule is asked for: that
 * rule's texts are handed on as they are made, every other rule's written to a temporary file of
 * its own (for this user only, removed however the run ends) and read back when asked for. The
 * pass yields empty chunks now and then, so that the writer's loop turns while it runs.
 */
class RuleTexts {
  private readonly files = new Map<string, RuleFile>();
  private pass: Generator<string> | undefined;
  private live: string | undefined;

  constructor(
    private readonly findings: Iterable<Verdict>,
    private readonly render: (verdict: Verdict) => string | undefined,
  ) {}

  *of(rule: string): Generator<string> {
    if (this.pass === undefined && this.live === undefined) {
      this.live = rule;
      this.pass = this.run(rule);
      yield* this.pass;
      return;
    }
    // Asked before the pass is through: it goes on, handing on nothing, until it is.
    if (this.pass) yield* this.pass;
    if (rule === this.live) return;
    const file = this.files.get(rule);
    if (file === undefined) return;
    this.flush(file);
    const decoder = new StringDecoder('utf8');
    for (let position = 0; position < file.end;) {
      const buffer = Buffer.allocUnsafe(Math.min(FLUSH_AT, file.end - position));
      readAll(file.fd, buffer, position);
      position += buffer.length;
      yield decoder.write(buffer);
    }
    yield decoder.end();
  }

  private *run(live: string): Generator<string> {
    let held: string[] = [];
    let count = 0;
    for (const verdict of this.findings) {
      const text = this.render(verdict);
      if (text !== undefined) {
        if (verdict.rule === live) held.push(text);
        else this.add(verdict.rule, text);
      }
      if (++count % FINDINGS_A_TURN === 0) {
        yield held.join('');
        held = [];
      }
    }
    if (held.length > 0) yield held.join('');
    for (const file of this.files.values()) this.flush(file);
    this.pass = undefined;
  }

  private add(rule: string, text: string): void {
    let file = this.files.get(rule);
    if (file === undefined) {
      const path = join(tmpdir(), `duibiao-rule-${randomHex(8)}.txt`);
      // O_EXCL: a name no one else holds, never a link someone left there.
      const { O_RDWR, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;
      file = {
        fd: openSync(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600),
        remove: removedAtExit(path),
        end: 0,
        pending: [],
        pendingLength: 0,
      };
      this.files.set(rule, file);
    }
    file.pending.push(text);
    file.pendingLength += text.length;
    if (file.pendingLength >= FLUSH_AT) this.flush(file);
  }

  private flush(file: RuleFile): void {
    if (file.pending.length === 0) return;
    const bytes = Buffer.from(file.pending.join(''));
    writeAll(file.fd, bytes, file.end);
    file.end += bytes.length;
    file.pending = [];
    file.pendingLength = 0;
  }

  dispose(): void {
    for (const file of this.files.values()) {
      closeSync(file.fd);
      file.remove();
    }
    this.files.clear();
  }
}
