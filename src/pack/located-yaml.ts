// Reads a small YAML file of another format (waivers, config) as a pack is read: every mistake at once, at file:line:column.
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { DuibiaoError, type LocatedMessage } from '../errors.js';
import type { StopCode } from '../model/codes.js';
import { parseYaml } from '../read/yaml-document.js';
import { describeIssue } from './issues.js';
import { schemaError } from './schema-error.js';
import { positionOf, type PathKey } from './locate.js';
import { say, type Text } from '../words/message.js';

export interface LocatedYaml<T> {
  data: T;
  /** Line and column of a path in the file. */
  at: (path: readonly PathKey[], key?: string) => { file: string; line: number; column: number };
}

export interface YamlFormat<T> {
  schema: z.ZodType<T>;
  /** The format's keys, for a did-you-mean. */
  keys: readonly string[];
  /** What stops the run, and its message for so many mistakes (the format names its file itself). */
  code: StopCode;
  invalid: (count: number) => Text;
  /** Mistakes beyond the schema's, looked for in the data whether or not it passed the schema, so that all show at once. */
  check?: (data: unknown, at: LocatedYaml<T>['at']) => LocatedMessage[];
}

export function parseLocatedYaml<T>(text: string, file: string, format: YamlFormat<T>): LocatedYaml<T> {
  const mistakes: LocatedMessage[] = [];
  const { doc, lines, errors } = parseYaml(text.replace(/^\uFEFF/, ''), true);
  mistakes.push(
    ...errors.map(({ line, column, message }): LocatedMessage => ({
      file,
      line,
      column,
      code: 'pack-syntax',
      message,
    })),
  );
  if (doc && mistakes.length === 0) {
    const at = locator(doc, lines, file);
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const text = String((error as { message?: unknown }).message).split('\n')[0] ?? '';
      // Aliases that expand past the bound, said as the pack's loader says it.
      mistakes.push({
        file,
        line: 1,
        column: 1,
        code: 'pack-syntax',
        message: /alias/i.test(text) ? say('packAliasBomb') : say('yaml.unknown'),
      });
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- push() above may have grown it; TS keeps the narrowing to 0
    if (mistakes.length === 0) {
      const parsed = format.schema.safeParse(data, { error: schemaError });
      if (!parsed.success)
        mistakes.push(...parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, lines, file, format.keys)));
      mistakes.push(...(format.check?.(data, at) ?? []));
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
      if (parsed.success && mistakes.length === 0) return { data: parsed.data, at };
    }
  }
  mistakes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  throw new DuibiaoError(format.code, format.invalid(mistakes.length), mistakes);
}

function locator(doc: Document, lines: LineCounter, file: string): LocatedYaml<unknown>['at'] {
  return (path, key) => ({ file, ...positionOf(doc, lines, path, key) });
}
