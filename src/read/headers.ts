// Maps a file's headers, English names or Chinese labels in any order, to the pack's fields.
import type { FieldSpec, Problem } from '../model/types.js';
import { headerKey } from './normalize.js';
import { words } from '../words/words.js';

export interface HeaderMap {
  /** For each column position, the index of the field it feeds, or -1 when it feeds none. */
  fieldOf: number[];
  /** The fields that some column feeds. */
  present: Set<string>;
}

/** Header text (name or label, folded) → index of the field in the pack. */
export function fieldLookup(fields: readonly FieldSpec[]): Map<string, number> {
  const lookup = new Map<string, number>();
  fields.forEach((field, i) => {
    lookup.set(headerKey(field.name), i);
    lookup.set(headerKey(field.label), i);
  });
  return lookup;
}

export function mapHeaders(
  headers: readonly string[],
  fieldList: readonly FieldSpec[],
  file: string,
  line: number,
  problems: (problem: Problem) => void,
  lookup: ReadonlyMap<string, number> = fieldLookup(fieldList),
): HeaderMap {
  const fieldOf: number[] = [];
  const firstAt = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    const at = { file, line, columnNumber: i + 1 };
    const key = headerKey(header);
    if (key === '') {
      fieldOf.push(-1);
      problems({ ...at, code: 'blank-header', level: 'error', message: words().headerBlank(i + 1) });
      return;
    }
    if (header.includes('\uFFFD')) {
      fieldOf.push(-1);
      problems({ ...at, code: 'encoding-error', level: 'error', message: words().headerEncoding(i + 1) });
      return;
    }
    const index = lookup.get(key);
    if (index === undefined) {
      fieldOf.push(-1);
      unknown.push(header.trim());
      return;
    }
    const field = fieldList[index]!;
    const first = firstAt.get(field.name);
    if (first !== undefined) {
      fieldOf.push(-1);
      problems({
        ...at,
        column: field.name,
        code: 'duplicate-label',
        level: 'error',
        message: words().headerDuplicate(header.trim(), `${field.label} (${field.name})`, first),
      });
      return;
    }
    firstAt.set(field.name, i + 1);
    fieldOf.push(index);
  });
  reportUnknownColumns(unknown, file, line, problems);
  return { fieldOf, present: new Set(firstAt.keys()) };
}

/** One notice naming every header that maps to no pack field; nothing when there are none. */
export function reportUnknownColumns(
  names: readonly string[],
  file: string,
  line: number,
  problems: (problem: Problem) => void,
): void {
  if (names.length === 0) return;
  problems({
    file,
    line,
    code: 'unknown-column',
    level: 'notice',
    message: words().unknownColumns(names.map((name) => `'${name}'`).join(', ')),
  });
}

/** A notice per pack column the file lacks; an error when it is a key column. */
export function reportAbsentColumns(
  present: Set<string>,
  fields: readonly FieldSpec[],
  file: string,
  line: number,
  problems: (problem: Problem) => void,
): void {
  const absent = fields.filter((field) => !present.has(field.name));
  for (const field of absent.filter((f) => f.required)) {
    problems({ file, line, column: field.name, code: 'missing-column', level: 'error', message: words().requiredColumnMissing(`${field.label} (${field.name})`) });
  }
  const optional = absent.filter((f) => !f.required);
  if (optional.length > 0) {
    // A file that is not a county submission lacks nearly every column: name a few, count the rest.
    const named = optional.slice(0, 6).map((f) => `${f.label} (${f.name})`);
    const w = words();
    const message = w.columnsMissing(fields.length, optional.length, named.join(w.listJoin), optional.length - named.length);
    problems({ file, line, code: 'missing-column', level: 'notice', message });
  }
}
