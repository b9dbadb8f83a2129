// Parses a rule pack from its text and reports every mistake in it at once, each at
// file:line:column. Reading the file is the Node side's (pack/files.ts): a page parses text too.
import { visit, type Document, type LineCounter } from 'yaml';
import { DuibiaoError, type LocatedMessage } from '../errors.js';
import { checkReferences, type RuleTrees, type WellFormed } from './references.js';
import { parseYaml } from '../read/yaml-document.js';
import { describeIssue } from './issues.js';
import { schemaError } from './schema-error.js';
import { positionInString, positionOf } from './locate.js';
import type { Pack } from './pack.js';
import { fieldSchema, packSchema, ruleSchema, tableSchema, type PackFile } from './schema.js';
import { say } from '../words/message.js';

export type { Pack } from './pack.js';

/**
 * A pack from its text, `file` naming it in problems. `sourceOf` places the text the pack quotes
 * (`source:`), as the pack names it, relative to the pack's file: by default the name as written,
 * beside the file's own folder. A pack holding expressions needs the parser loaded first
 * (expression-slot.ts).
 */
export function parsePack(text: string, file: string, sourceOf: (source: string) => string = besideFile(file)): Pack {
  const problems: LocatedMessage[] = encodingMistakes(text, file);
  if (problems.length === 0) {
    const { doc, lines, errors } = parseYaml(text.replace(/^\uFEFF/, ''), true);
    problems.push(
      ...errors.map(({ line, column, message }): LocatedMessage => ({
        file,
        line,
        column,
        code: 'pack-syntax',
        message,
      })),
    );
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- push() above may have grown it; TS keeps the narrowing to 0
    const data = doc && problems.length === 0 ? toData(doc, lines, file, problems) : undefined;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
    if (doc && problems.length === 0) {
      const parsed = packSchema.safeParse(data, { error: schemaError });
      if (!parsed.success)
        problems.push(...parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, lines, file)));
      // Names are checked on every field and rule that has a valid shape, so that all mistakes show at once.
      const trees = new Map<number, RuleTrees>();
      for (const ref of checkReferences(wellFormed(data), trees)) {
        const { line, column } =
          ref.index === undefined
            ? positionOf(doc, lines, ref.path)
            : positionInString(doc, lines, ref.path, ref.index);
        problems.push({ file, line, column, code: ref.code, message: ref.message });
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
      if (parsed.success && problems.length === 0) return toPack(parsed.data, file, trees, sourceOf);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  throw new DuibiaoError('pack-invalid', say('packInvalid', file, problems.length), problems);
}

/** Each line holding bytes that are not UTF-8 (or NUL), at its first such byte. */
function encodingMistakes(text: string, file: string): LocatedMessage[] {
  const mistakes: LocatedMessage[] = [];
  text.split('\n').forEach((content, i) => {
    const column = content.search(/[\uFFFD\0]/) + 1;
    if (column > 0) mistakes.push({ file, line: i + 1, column, code: 'pack-encoding', message: say('packNotUtf8') });
  });
  return mistakes;
}

/** The fields and rules that pass their own schema, each at its index in the file. */
function wellFormed(data: unknown): WellFormed {
  const record = (data ?? {}) as { fields?: unknown; rules?: unknown; tables?: unknown };
  const each = <T>(
    list: unknown,
    schema: { safeParse(value: unknown): { success: boolean; data?: T } },
  ): (T | undefined)[] => (Array.isArray(list) ? list.map((item) => schema.safeParse(item).data) : []);
  const ids = Array.isArray(record.rules) ? record.rules.map((rule) => (rule as { id?: unknown } | null)?.id) : [];
  return {
    fields: each(record.fields, fieldSchema),
    tables: each(record.tables, tableSchema),
    rules: each(record.rules, ruleSchema),
    ruleIds: ids.map((id) => (typeof id === 'string' ? id : undefined)),
  };
}

function toData(doc: Document, lines: LineCounter, file: string, problems: LocatedMessage[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Too many aliases: point at the first, where the expansion starts.
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = lines.linePos(offset);
    const text = firstLine((error as Error).message);
    problems.push({
      file,
      line,
      column: col,
      code: 'pack-syntax',
      message: /alias/i.test(text) ? say('packAliasBomb') : say('yaml.unknown'),
    });
    return undefined;
  }
}

/** A name beside the file's folder, on either kind of slash: what node:path's resolve gives for a relative file. */
function besideFile(file: string): (source: string) => string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return (source) => (cut < 0 ? source : `${file.slice(0, cut + 1)}${source}`);
}

function toPack(
  data: PackFile,
  file: string,
  trees: ReadonlyMap<number, RuleTrees>,
  sourceOf: (source: string) => string,
): Pack {
  const withTrees = {
    ...data,
    rules: data.rules.map((rule, i) => {
      const found = trees.get(i);
      if (!found) return rule;
      return {
        ...rule,
        ...(found.when ? { whenTree: found.when } : {}),
        ...(found.measure ? { measure: { ...rule.measure, tree: found.measure } } : {}),
      };
    }),
  };
  return {
    id: data.id,
    title: data.title,
    ...(data.title_en === undefined ? {} : { titleEn: data.title_en }),
    file,
    sourceFile: data.source === undefined ? undefined : sourceOf(data.source),
    ...withTables(withTrees),
  };
}

/**
 * A pack's tables, held where the reader and engine look: the period column of each table is
 * marked with it, and a rule that names none judges the first declared.
 */
function withTables(data: PackFile): Pick<Pack, 'fields' | 'rules'> {
  const tables = data.tables ?? [];
  if (tables.length === 0) return { fields: data.fields, rules: data.rules };
  return {
    fields: data.fields.map((field) => {
      const periods = tables
        .filter((t) => t.period.column === field.name)
        .map((t) => {
          const period = {
            table: t.id,
            every: t.period.every,
            ...(t.title === undefined ? {} : { title: t.title }),
            ...(t.title_en === undefined ? {} : { title_en: t.title_en }),
          };
          return t.key === undefined ? { ...period, keyless: true as const } : period;
        });
      return periods.length === 0 ? field : { ...field, periods };
    }),
    rules: data.rules.map((rule) => (rule.table === undefined ? { ...rule, table: tables[0]!.id } : rule)),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
