// Reads a YAML or JSON file: a list of rows, each a mapping from column name or label to value.
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node } from 'yaml';
import { DuibiaoError } from '../errors.js';
import type { FieldSpec, Problem, Row } from '../model/types.js';
import { CellProblem } from './cells.js';
import { readText } from './decode.js';
import type { InputHost } from './input-bytes.js';
import { fieldLookup, fieldOfHeader, namesKeyColumns, reportAbsentColumns, reportUnknownColumns } from './headers.js';
import { RowBuilder, type RawCell } from './row.js';
import type { Source } from './source.js';
import { periodStamp, tableOfHeader } from './table-of-header.js';
import { aliasTargets, parseYaml } from './yaml-document.js';
import { joined, say } from '../words/message.js';

/** Cells that rows written as aliases may stand for, in all: far more than any county file repeats. */
export const MAX_ALIAS_CELLS = 100_000;

export async function readYaml(
  file: string,
  host: InputHost,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): Promise<Source<Row[]>> {
  const { encoding, text } = await readText(file, host);
  // Its rows are known only once the whole document is parsed.
  return { encoding, estimatedRows: 0, batches: rowsOf(text, file, fields, problems) };
}

// eslint-disable-next-line @typescript-eslint/require-await -- a reader's rows are an async generator, even from memory
async function* rowsOf(
  text: string,
  file: string,
  fields: readonly FieldSpec[],
  problems: (p: Problem) => void,
): AsyncGenerator<Row[]> {
  // A key given twice in a row is a duplicate-label finding, not a reason to refuse the file.
  const { doc, lines, errors } = parseYaml(text, false);
  const first = errors[0];
  if (first || !doc) {
    const { line, column, message } = first!;
    throw new DuibiaoError('format-error', joined(`${file}:${line}:${column}: `, message));
  }
  const list = doc.contents;
  if (list === null || (isScalar(list) && list.value === null)) {
    problems({ file, line: 1, code: 'empty-file', level: 'error', message: say('yamlEmpty') });
    return;
  }
  if (!isSeq(list)) {
    const got = isMap(list) ? say('yamlGotMapping') : say('yamlGotValue');
    throw new DuibiaoError('format-error', say('yamlNotAList', file, got));
  }
  if (list.items.length === 0) {
    problems({ file, line: 1, code: 'no-rows', level: 'error', message: say('yamlNoRows') });
    return;
  }
  const lookup = fieldLookup(fields);
  const targets = aliasTargets(doc);
  // Rows repeat the same keys: fold each distinct key once for the file.
  const indexOfKey = new Map<string, number | undefined>();
  const builder = new RowBuilder(fields);
  const present = new Set<string>();
  const unknown = new Set<string>();
  const rows: Row[] = [];
  let aliasCells = 0;
  for (const entry of list.items as Node[]) {
    const line = lines.linePos(entry.range?.[0] ?? 0).line;
    const item = resolved(entry, targets);
    if (!isMap(item)) {
      problems({ file, line, code: 'not-a-row', level: 'error', message: say('yamlNotARow') });
      continue;
    }
    if (item !== entry) {
      // A row written as an alias is a copy of another: bounded, so that a small file cannot stand for a huge one.
      aliasCells += item.items.length;
      if (aliasCells > MAX_ALIAS_CELLS) {
        throw new DuibiaoError('format-error', joined(`${file}:${line}: `, say('yamlAliasCells', MAX_ALIAS_CELLS)));
      }
    }
    // Positions follow the mapping's keys, so that a problem names the key's place in its row.
    const cells: RawCell[] = new Array<RawCell>(item.items.length).fill('');
    const fieldOf: number[] = new Array<number>(item.items.length).fill(-1);
    const seen = new Set<string>();
    item.items.forEach((pair, i) => {
      const at = { file, line, columnNumber: i + 1, level: 'error' as const };
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar's value, typed unknown
      const name = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
      if (name.includes('\uFFFD')) {
        problems({ ...at, code: 'encoding-error', message: say('yamlKeyEncoding', i + 1) });
        return;
      }
      if (name === '') {
        problems({ ...at, code: 'blank-header', message: say('yamlKeyBlank', i + 1) });
        return;
      }
      let index = indexOfKey.get(name);
      if (index === undefined && !indexOfKey.has(name)) {
        index = fieldOfHeader(name, lookup);
        indexOfKey.set(name, index);
      }
      if (index === undefined) {
        unknown.add(name);
        return;
      }
      const field = fields[index]!;
      if (seen.has(field.name)) {
        problems({
          ...at,
          column: field.name,
          code: 'duplicate-label',
          message: say('yamlDuplicate', name, `${field.label} (${field.name})`),
        });
        return;
      }
      seen.add(field.name);
      present.add(field.name);
      const value = resolved(pair.value as Node | null, targets);
      fieldOf[i] = index;
      if (value && !isScalar(value)) cells[i] = new CellProblem('not-a-scalar', say('notAScalar'));
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar's value, typed unknown
      else cells[i] = !value || value.value === null ? '' : String(value.source ?? value.value);
    });
    rows.push(builder.build(cells, fieldOf, file, line, problems));
  }
  // Said before the rows go on, as a CSV header's are: a key column found absent is then one
  // problem for the file, not one for each row.
  // The keys the rows use tell the file's table, as a header does.
  const tableProblems: Problem[] = [];
  const table = tableOfHeader(fields, present, file, 1, (p) => tableProblems.push(p));
  reportUnknownColumns([...unknown], file, 1, problems, namesKeyColumns(present, table.fields));
  tableProblems.forEach(problems);
  const stamp = periodStamp(table, fields);
  if (stamp) rows.forEach(stamp);
  reportAbsentColumns(present, table.fields, file, 1, problems);
  builder.reportPlaceholders(file, problems);
  yield rows;
}

/** An alias stands for the node it names; an alias bomb is never expanded, only followed once. */
function resolved(node: Node | null | undefined, targets: ReadonlyMap<Alias, Node>): Node | null | undefined {
  return isAlias(node) ? (targets.get(node) ?? null) : node;
}
