// The core makes messages, not words: no module of read, pack, fields, engine or measures takes the
// run's language (words(), section(), currentLang()). Its problems, verdicts and pack mistakes carry
// a message id and parameters, rendered where a report is written (src/words/message.ts), in the
// report's language: no module of the core may take the process's.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const CORE_FOLDERS = ['read', 'pack', 'fields', 'engine', 'measures'];
/** What the words module gives that reads the language of the process. */
const SPEAKING = new Set(['words', 'section', 'currentLang', 'useLang']);

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
  it('takes the language in no module', () => {
    expect(speakingModules()).toEqual([]);
  });

  it('sees a module that takes the language where one does, and not a type-only import', () => {
    expect(speakingImports(join(SRC, 'report/summary-line.ts')).length).toBeGreaterThan(0);
    expect(speakingImports(join(SRC, 'words/message.ts'))).toEqual([]);
  });
});
