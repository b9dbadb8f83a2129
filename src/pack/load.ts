// Loads a rule pack and reports every mistake in it at once, each at file:line:column.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { DuibiaoError, type LocatedMessage } from '../errors.js';
import { BUILTIN_PACK, type Pack } from './pack.js';
import { checkReferences, type WellFormed } from './references.js';
import { positionOf, type PathKey } from './locate.js';
import { fieldSchema, packSchema, ruleSchema, type PackFile } from './schema.js';
import { closest } from './suggest.js';
import { KNOWN_KEYS } from './known-keys.js';

export { BUILTIN_PACK, type Pack } from './pack.js';

export async function loadPack(file: string = BUILTIN_PACK): Promise<Pack> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DuibiaoError('pack-unreadable', `cannot read rule pack ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parsePack(text, file);
}

export function parsePack(text: string, file: string): Pack {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: LocatedMessage[] = doc.errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    return { file, line, column: col, code: 'pack-syntax', message: firstLine(error.message) };
  });
  if (problems.length === 0) {
    const data = toData(doc, file, problems);
    if (problems.length === 0) {
      const parsed = packSchema.safeParse(data);
      if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, lines, file)));
      // Names are checked on every field and rule that has a valid shape, so that all mistakes show at once.
      for (const ref of checkReferences(wellFormed(data))) {
        const { line, column } = positionOf(doc, lines, ref.path);
        problems.push({ file, line, column, code: ref.code, message: ref.message });
      }
      if (parsed.success && problems.length === 0) return toPack(parsed.data, file);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const count = problems.length === 1 ? '1 mistake' : `${problems.length} mistakes`;
  throw new DuibiaoError('pack-invalid', `rule pack ${file} has ${count}`, problems);
}

/** The fields and rules that pass their own schema, each at its index in the file. */
function wellFormed(data: unknown): WellFormed {
  const record = (data ?? {}) as { fields?: unknown; rules?: unknown };
  const each = <T>(list: unknown, schema: { safeParse(value: unknown): { success: boolean; data?: T } }): (T | undefined)[] =>
    Array.isArray(list) ? list.map((item) => schema.safeParse(item).data) : [];
  const ids = Array.isArray(record.rules) ? record.rules.map((rule) => (rule as { id?: unknown } | null)?.id) : [];
  return {
    fields: each(record.fields, fieldSchema),
    rules: each(record.rules, ruleSchema),
    ruleIds: ids.map((id) => (typeof id === 'string' ? id : undefined)),
  };
}

function toData(doc: Document, file: string, problems: LocatedMessage[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({ file, line: 1, column: 1, code: 'pack-syntax', message: firstLine((error as Error).message) });
    return undefined;
  }
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, file: string): LocatedMessage[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = positionOf(doc, lines, path, key);
      const guess = closest(key, KNOWN_KEYS);
      const hint = guess ? ` (did you mean '${guess}'?)` : '';
      return { file, line, column, code: 'pack-unknown-key', message: `unknown key '${key}'${hint}` };
    });
  }
  const { line, column } = positionOf(doc, lines, path);
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  return [{ file, line, column, code: 'pack-schema', message: `${where}${issue.message}` }];
}

function toPack(data: PackFile, file: string): Pack {
  return {
    id: data.id,
    title: data.title,
    file,
    sourceFile: data.source === undefined ? undefined : resolve(dirname(file), data.source),
    fields: data.fields,
    rules: data.rules,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
