// Parses one YAML document safely: bounded nesting, one document, every syntax error located.
import {
  Composer,
  LineCounter,
  Parser,
  isAlias,
  visit,
  type Alias,
  type CST,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { section, words as langWords } from '../words/words.js';

/** Far more than any pack or data file needs, far less than what exhausts the parser's stack. */
export const MAX_DEPTH = 64;

export interface YamlMistake {
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml {
  /** Undefined when the text was refused before composing (nesting too deep). */
  doc: Document | undefined;
  lines: LineCounter;
  errors: YamlMistake[];
}

/**
 * The parser's error in the run's language: its code (every code the library has) names a catalogue
 * entry; a missing character, the commonest mistake of a hand-written file, is told apart by what is missing.
 */
function syntaxWords(error: YAMLError): string {
  const catalogue = section('yaml');
  // `[` or `{` without its end: said so, where the library calls it a missing character or, within a block, an indentation.
  if (
    (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') &&
    /must (?:be sufficiently indented and )?end with a [\]}]/.test(error.message)
  )
    return catalogue.missingBracket;
  if (error.code === 'MISSING_CHAR') {
    if (/closing .?quote/i.test(error.message)) return catalogue.missingQuote;
    if (error.message.includes('without - indicator')) return catalogue.missingDash;
    if (error.message.includes('followed by map values')) return catalogue.missingValue;
  }
  return catalogue.syntax[error.code] ?? catalogue.unknown;
}

export function parseYaml(text: string, uniqueKeys: boolean): ParsedYaml {
  const lines = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  // The composer recurses once per level; a stack overflow inside it can leave V8 unable to compile regular expressions.
  const deep = tooDeep(tokens);
  if (deep)
    return { doc: undefined, lines, errors: [{ ...at(deep.offset), message: langWords().yamlTooDeep(MAX_DEPTH) }] };

  let doc: Document | undefined;
  let second: YamlMistake | undefined;
  for (const next of new Composer({ uniqueKeys, prettyErrors: false, logLevel: 'error' }).compose(
    tokens,
    true,
    text.length,
  )) {
    if (doc) {
      second = { ...at(next.range[0]), message: langWords().yamlSecondDocument };
      break;
    }
    doc = next;
  }
  const errors = (doc?.errors ?? []).map((error) => ({ ...at(error.pos[0]), message: syntaxWords(error) }));
  if (second) errors.push(second);
  return { doc, lines, errors };
}

function tooDeep(tokens: readonly CST.Token[]): CST.Token | undefined {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    if (depth > MAX_DEPTH) return token;
    if (token.type === 'document' && token.value) stack.push([token.value, depth]);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * Each alias of the document with the node it stands for: the last node before it with that anchor.
 * Found in one walk, where the parser's own `resolve` walks the whole document once per alias.
 */
export function aliasTargets(doc: Document): Map<Alias, Node> {
  const anchored = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchored.set(node.anchor, node);
    },
  });
  return targets;
}
