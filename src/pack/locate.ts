// Maps a path inside a parsed YAML document back to its line and column.
import { isMap, isScalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export type PathKey = string | number;

export interface Position {
  line: number;
  column: number;
}

export function positionOf(doc: Document, lines: LineCounter, path: readonly PathKey[], key?: string): Position {
  let node = doc.getIn(path, true) as Node | undefined;
  // Walk up until a node with a range is found: a missing key points at its parent.
  for (let depth = path.length; node === undefined && depth > 0; depth--) {
    node = doc.getIn(path.slice(0, depth - 1), true) as Node | undefined;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item: Pair) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/**
 * The line and column of the character at `index` of the string at `path`: inside a plain or quoted
 * scalar on one line, past its opening quote; elsewhere (a block scalar, escapes), the string's start.
 */
export function positionInString(doc: Document, lines: LineCounter, path: readonly PathKey[], index: number): Position {
  const node = doc.getIn(path, true) as Node | undefined;
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return positionOf(doc, lines, path);
  const [start, end] = node.range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const plain = node.type === 'PLAIN' || quoted;
  const width = end - start - (quoted ? 2 : 0);
  // The written text is the value itself only when it has no escapes and no folded lines.
  if (!plain || width !== node.value.length) return positionOf(doc, lines, path);
  const { line, col } = lines.linePos(start + (quoted ? 1 : 0) + index);
  return { line, column: col };
}
