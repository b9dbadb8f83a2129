// Reads a YAML or JSON file: a list of rows, each a mapping from column name or label to value.
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DuibiaoError } from '../errors.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { describeFsError } from './decode.js';
import { fieldLookup, reportAbsentColumns } from './headers.js';
import { headerKey } from './normalize.js';
import { CellProblem } from './cells.js';
import { RowBuilder, type RawCell } from './row.js';

export async function* readYaml(file: string, fields: readonly FieldSpec[], problems: (p: Problem) => void): AsyncGenerator<Row[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DuibiaoError('file-unreadable', `cannot read ${file}: ${describeFsError(error)}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    const message = first.message.split('\n')[0] ?? first.message;
    throw new DuibiaoError('format-error', `${file}:${line}:${col}: ${message}`, [{ file, line, column: col, code: 'format-error', message }]);
  }
  const list = doc.contents;
  if (!isSeq(list)) {
    const got = list === null ? 'nothing' : isMap(list) ? 'a single mapping' : 'a single value';
    throw new DuibiaoError('format-error', `${file}: expected a list of rows (each '- 县市区: …'), found ${got}`);
  }
  const lookup = fieldLookup(fields);
  const builder = new RowBuilder(fields);
  const present = new Set<string>();
  const unknown = new Set<string>();
  const rows: Row[] = [];
  for (const item of list.items as Node[]) {
    const line = lines.linePos(item.range?.[0] ?? 0).line;
    if (!isMap(item)) {
      problems({ file, line, code: 'not-a-row', level: 'error', message: 'a list item that is not a mapping of column to value; skipped' });
      continue;
    }
    const cells: RawCell[] = [];
    const fieldOf: number[] = [];
    const seen = new Set<string>();
    item.items.forEach((pair) => {
      const name = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
      const index = lookup.get(headerKey(name));
      if (index === undefined) {
        unknown.add(name);
        return;
      }
      const field = fields[index]!;
      if (seen.has(field.name)) {
        problems({ file, line, column: field.name, code: 'duplicate-label', level: 'error', message: `'${name}' is ${field.name} again in this row; only the first is read` });
        return;
      }
      seen.add(field.name);
      present.add(field.name);
      const value = pair.value as Node | null;
      if (value !== null && !isScalar(value)) {
        cells.push(new CellProblem('not-a-scalar', 'a list or mapping where one value belongs'));
      } else {
        cells.push(value === null || value.value === null ? '' : String(value.source ?? value.value));
      }
      fieldOf.push(index);
    });
    rows.push(builder.build(cells, fieldOf, file, line, problems));
  }
  yield rows;
  if (unknown.size > 0) {
    problems({ file, line: 1, code: 'unknown-column', level: 'notice', message: `not in the pack, not read: ${[...unknown].map((n) => `'${n}'`).join(', ')}` });
  }
  reportAbsentColumns(present, fields, file, 1, problems);
}
