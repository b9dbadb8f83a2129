// The core makes messages, not words: no module of read, pack, fields, engine or measures takes the
// run's language (words(), section(), currentLang()). Its problems, verdicts and pack mistakes carry
// a message id and parameters, rendered where a report is written (src/words/message.ts). What still
// speaks is pinned below, so that the list only shrinks: an offender not on it fails, and so does an
// entry that no longer is one.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const CORE_FOLDERS = ['read', 'pack', 'fields', 'engine', 'measures'];
/** What the words module gives that reads the language of the process. */
const SPEAKING = new Set(['words', 'section', 'currentLang', 'useLang']);

/** Modules that still say words in the run's language: remove a line when its module stops, never add one. */
const STILL_SPEAKING = [
  'measures/expression.ts',
  'pack/expression.ts',
  'pack/files.ts',
  'pack/issues.ts',
  'pack/language.ts',
  'pack/load.ts',
  'pack/located-yaml.ts',
  'pack/references.ts',
  'pack/rule-expressions.ts',
  'pack/schema-error.ts',
  'pack/schema.ts',
  'pack/table-references.ts',
].sort();

/** The names a module imports from the words module (words/words.ts) at run time. */
export function speakingImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)words\/words\.js$/.test(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (!clause || clause.phaseModifier === ts.SyntaxKind.TypeKeyword) continue;
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements)
        if (!element.isTypeOnly && SPEAKING.has((element.propertyName ?? element.name).text))
          names.push(element.name.text);
  }
  return names;
}

function speakingModules(): string[] {
  return CORE_FOLDERS.flatMap((folder) =>
    readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name).split('\\').join('/'))
      .filter((name) => speakingImports(join(SRC, name)).length > 0),
  ).sort();
}

describe('the core says messages, not words', () => {
  it('takes the language in no module but those pinned as still to go', () => {
    expect(speakingModules()).toEqual(STILL_SPEAKING);
  });

  it('sees a module that takes the language where one does, and not a type-only import', () => {
    expect(speakingImports(join(SRC, 'report/summary-line.ts')).length).toBeGreaterThan(0);
    expect(speakingImports(join(SRC, 'words/message.ts'))).toEqual([]);
  });
});
