// The core, the part a browser page can run as well as Node, imports nothing of Node's: parsing a
// pack from text, the reader registry and the readers it reaches (their bytes through a host,
// read/input-bytes.ts), the in-memory run and its JSON report, the engine, the measures, the
// fields, the words and the model. The walk follows every import that stays at run time (static,
// re-exports, `import()`), not type-only ones. What still needs Node is pinned below, so that the
// list only shrinks: an offender not on it fails, and so does an entry that is no longer one.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/** Where the core begins: every module of these folders, and these files (the in-memory run a page makes, and its JSON report). */
const CORE_FOLDERS = ['engine', 'measures', 'fields', 'words', 'model'];
const CORE_FILES = ['pack/load.ts', 'read/readers.ts', 'read/inflate.ts', 'run/memory.ts', 'report/json/report.ts'];

/**
 * Imports of Node the core still makes, `file -> module`. Each is a step of the page still to take;
 * remove the line when its import goes, never add one.
 */
const STILL_NODE = [
  // Taken on Node only, and by a name the bundler leaves alone: DecompressionStream elsewhere.
  'read/inflate.ts -> node:stream',
  'read/inflate.ts -> node:zlib',
].sort();

const NODE_BUILTINS = new Set(builtinModules);

/** The run-time imports of one module: static and dynamic, but not `import type` nor `typeof import()`. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      // `import { type A } from 'x'` with nothing else is erased too.
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
      // A name held in a variable: what it holds is looked for as a string in the module below.
    } else if (ts.isStringLiteral(node) && node.text.startsWith('node:')) {
      found.push(node.text);
    }
    // What an import names is seen above, and a type's `import()` is erased: neither is looked into.
    if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node) && !ts.isImportTypeNode(node))
      ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(found)];
}

/** Node's own modules the core reaches, as `file -> module`, walking relative imports from the entries. */
function nodeImportsOfCore(): string[] {
  const entries = [
    ...CORE_FOLDERS.flatMap((folder) =>
      readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(SRC, folder, name)),
    ),
    ...CORE_FILES.map((name) => join(SRC, name)),
  ];
  const seen = new Set<string>();
  const offenders = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) {
        queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      } else if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!)) {
        offenders.add(`${relative(SRC, file).split('\\').join('/')} -> ${specifier}`);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(50);
  return [...offenders].sort();
}

describe('the core a page runs', () => {
  it("imports nothing of Node's but what is pinned as still to go", () => {
    expect(nodeImportsOfCore()).toEqual(STILL_NODE);
  });

  it('sees an import of Node where one is written', () => {
    expect(runtimeImports(join(SRC, 'read/regular-file.ts')).some((name) => name.startsWith('node:'))).toBe(true);
    expect(runtimeImports(join(SRC, 'read/reader.ts'))).toEqual([]);
  });
});
