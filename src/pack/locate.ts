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
