// Maps a file's headers, English names or Chinese labels in any order, to the pack's fields.
import type { FieldSpec, Problem } from '../model/types.js';
import { headerKey } from './normalize.js';

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
  // Blank header cells side by side (the trailing commas of an Excel export, or a million of them)
  // are one problem, at the first, naming the last.
  let blankFrom = -1;
  const endBlanks = (end: number): void => {
    if (blankFrom < 0) return;
    const columns = end === blankFrom ? `第 ${blankFrom + 1} 列` : `第 ${blankFrom + 1}–${end + 1} 列`;
    problems({ file, line, columnNumber: blankFrom + 1, code: 'blank-header', level: 'error', message: `${columns}没有表头；${end === blankFrom ? '该列' : '这些列'}未读取` });
    blankFrom = -1;
  };
  headers.forEach((header, i) => {
    const at = { file, line, columnNumber: i + 1 };
    const key = headerKey(header);
    if (key === '') {
      fieldOf.push(-1);
      if (blankFrom < 0) blankFrom = i;
      return;
    }
    endBlanks(i - 1);
    if (header.includes('\uFFFD')) {
      fieldOf.push(-1);
      problems({ ...at, code: 'encoding-error', level: 'error', message: `第 ${i + 1} 列的表头含有不属于文件编码的字节；该列未读取` });
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
        message: `'${header.trim()}' 又是 ${field.label} (${field.name})（首次在第 ${first} 列）；只读取第 ${first} 列`,
      });
      return;
    }
    firstAt.set(field.name, i + 1);
    fieldOf.push(index);
  });
  endBlanks(headers.length - 1);
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
    message: `规则包中没有这些列，未读取: ${names.map((name) => `'${name}'`).join(', ')}`,
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
    problems({ file, line, column: field.name, code: 'missing-column', level: 'error', message: `缺少必需的列 ${field.label} (${field.name})` });
  }
  const optional = absent.filter((f) => !f.required);
  if (optional.length > 0) {
    // A file that is not a county submission lacks nearly every column: name a few, count the rest.
    const named = optional.slice(0, 6).map((f) => `${f.label} (${f.name})`);
    const more = optional.length > named.length ? ` 等，另有 ${optional.length - named.length} 列` : '';
    problems({ file, line, code: 'missing-column', level: 'notice', message: `${fields.length} 列中缺 ${optional.length} 列，用到它们的规则判为“缺数据”: ${named.join('、')}${more}` });
  }
}
