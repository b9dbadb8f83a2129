// Parses one YAML document safely: bounded nesting, one document, every syntax error located.
import {
  Composer,
  type ErrorCode,
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
import { say, type Text } from '../words/message.js';

/** Far more than any pack or data file needs, far less than what exhausts the parser's stack. */
export const MAX_DEPTH = 64;

export interface YamlMistake {
  line: number;
  column: number;
  message: Text;
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
function syntaxWords(error: YAMLError): Text {
  // `[` or `{` without its end: said so, where the library calls it a missing character or, within a block, an indentation.
  if (
    (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') &&
    /must (?:be sufficiently indented and )?end with a [\]}]/.test(error.message)
  )
    return say('yaml.missingBracket');
  if (error.code === 'MISSING_CHAR') {
    if (/closing .?quote/i.test(error.message)) return say('yaml.missingQuote');
    if (error.message.includes('without - indicator')) return say('yaml.missingDash');
    if (error.message.includes('followed by map values')) return say('yaml.missingValue');
  }
  return SAID_CODES[error.code] === true ? say(`yaml.syntax.${error.code}`) : say('yaml.unknown');
}

/** The library's error codes the catalogue says (yaml.syntax): every one it has. */
const SAID_CODES: Readonly<Record<string, true>> = {
  ALIAS_PROPS: true,
  BAD_ALIAS: true,
  BAD_DIRECTIVE: true,
  BAD_DQ_ESCAPE: true,
  BAD_INDENT: true,
  BAD_PROP_ORDER: true,
  BAD_SCALAR_START: true,
  BLOCK_AS_IMPLICIT_KEY: true,
  BLOCK_IN_FLOW: true,
  DUPLICATE_KEY: true,
  IMPOSSIBLE: true,
  KEY_OVER_1024_CHARS: true,
  MISSING_CHAR: true,
  MULTILINE_IMPLICIT_KEY: true,
  MULTIPLE_ANCHORS: true,
  MULTIPLE_DOCS: true,
  MULTIPLE_TAGS: true,
  NON_STRING_KEY: true,
  RESOURCE_EXHAUSTION: true,
  TAB_AS_INDENT: true,
  TAG_RESOLVE_FAILED: true,
  UNEXPECTED_TOKEN: true,
  BAD_COLLECTION_TYPE: true,
} satisfies Record<ErrorCode, true>;

export function parseYaml(text: string, uniqueKeys: boolean): ParsedYaml {
  const lines = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  // The composer recurses once per level; a stack overflow inside it can leave V8 unable to compile regular expressions.
  const deep = tooDeep(tokens);
  if (deep) return { doc: undefined, lines, errors: [{ ...at(deep.offset), message: say('yamlTooDeep', MAX_DEPTH) }] };

  let doc: Document | undefined;
  let second: YamlMistake | undefined;
  for (const next of new Composer({ uniqueKeys, prettyErrors: false, logLevel: 'error' }).compose(
    tokens,
    true,
    text.length,
  )) {
    if (doc) {
      second = { ...at(next.range[0]), message: say('yamlSecondDocument') };
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
