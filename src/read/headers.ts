// Maps a file's headers, English names or Chinese labels in any order, to the pack's fields.
import { shownText } from '../fields/formula.js';
import type { FieldSpec, Problem } from '../model/types.js';
import { headerKey } from './normalize.js';
import { listOf, say } from '../words/message.js';

export interface HeaderMap {
  /** For each column position, the index of the field it feeds, or -1 when it feeds none. */
  fieldOf: number[];
  /** The fields that some column feeds. */
  present: Set<string>;
  /** The headers that name no field, as written: shown only once the file is known to be a table. */
  unknown: string[];
}

/** Header text (name, label or alias, folded) → index of the field in the pack. */
export function fieldLookup(fields: readonly FieldSpec[]): Map<string, number> {
  const lookup = new Map<string, number>();
  fields.forEach((field, i) => {
    for (const text of [field.name, field.label, ...(field.aliases ?? []), ...(field.index_aliases ?? [])])
      lookup.set(headerKey(text), i);
  });
  return lookup;
}

/** Headers that number the rows of a statistical table: never a column of the pack, never unknown. */
const ROW_NUMBER = new Set(['序号', '序', '编号'].map(headerKey));
// A unit in brackets at the end of a label: 行政村总数（个）, 低保平均标准(元/人·月).
const TRAILING_UNIT = /[([【][^()[\]【】]*[)\]】]$/;

/**
 * The field a header names: as written, or without the unit after a line break or in closing
 * brackets. undefined when it names none.
 */
export function fieldOfHeader(header: string, lookup: ReadonlyMap<string, number>): number | undefined {
  const key = headerKey(header);
  const exact = lookup.get(key);
  if (exact !== undefined) return exact;
  const firstLine = headerKey(header.trim().split(/\r\n|\n|\r/)[0]!);
  const candidates = [firstLine, key.replace(TRAILING_UNIT, ''), firstLine.replace(TRAILING_UNIT, '')];
  for (const candidate of candidates) {
    const index = candidate === '' ? undefined : lookup.get(candidate);
    if (index !== undefined) return index;
  }
  return undefined;
}

/** The unit a label carries in closing brackets (`人数（人）` → 人), or undefined. */
export function labelUnit(header: string): string | undefined {
  const match = TRAILING_UNIT.exec(headerKey(header));
  const unit = match?.[0].slice(1, -1);
  return unit === undefined || unit === '' ? undefined : unit;
}

/** Whether a header names its field's column as an index on a base of 100 (`居民消费价格指数(上年同月=100)`). */
export function isIndexHeader(header: string, field: FieldSpec): boolean {
  if (field.index_aliases === undefined) return false;
  const key = headerKey(header);
  return field.index_aliases.some((alias) => headerKey(alias) === key);
}

export function isRowNumberHeader(header: string): boolean {
  return ROW_NUMBER.has(headerKey(header));
}

/** How many of the pack's fields a record names: a header names many, a title or data row few or none. */
export function headerScore(record: readonly string[], lookup: ReadonlyMap<string, number>): number {
  const named = new Set<number>();
  for (const cell of record) {
    if (cell.length > 200 || cell.trim() === '') continue;
    const index = fieldOfHeader(cell, lookup);
    if (index !== undefined) named.add(index);
  }
  return named.size;
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
    problems({
      file,
      line,
      columnNumber: blankFrom + 1,
      code: 'blank-header',
      level: 'error',
      message: say('headerBlank', blankFrom + 1, end + 1),
    });
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
      problems({ ...at, code: 'encoding-error', level: 'error', message: say('headerEncoding', i + 1) });
      return;
    }
    if (ROW_NUMBER.has(key)) {
      fieldOf.push(-1);
      return;
    }
    const index = fieldOfHeader(header, lookup);
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
        message: say('headerDuplicate', header.trim(), `${field.label} (${field.name})`, first),
      });
      return;
    }
    firstAt.set(field.name, i + 1);
    fieldOf.push(index);
  });
  endBlanks(headers.length - 1);
  return { fieldOf, present: new Set(firstAt.keys()), unknown };
}

/**
 * One notice naming every header that maps to no pack field; nothing when there are none. The
 * names are shown only when the file is `recognised` as a table (its header names the key columns):
 * a file that is none, such as one a link planted in a pull request leads to, has only their count
 * said, so that no line of it reaches a report.
 */
export function reportUnknownColumns(
  names: readonly string[],
  file: string,
  line: number,
  problems: (problem: Problem) => void,
  recognised: boolean,
): void {
  if (names.length === 0) return;
  problems({
    file,
    line,
    code: 'unknown-column',
    level: 'notice',
    message: recognised
      ? say('unknownColumns', names.map((name) => `'${shownText(name)}'`).join(', '))
      : say('inputs.unknownColumnsNotShown', names.length),
  });
}

/** Whether a header names every key column of its table: only then is the file a table, and its text shown. */
export function namesKeyColumns(present: ReadonlySet<string>, fields: readonly FieldSpec[]): boolean {
  return fields.every((field) => !field.required || present.has(field.name));
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
    problems({
      file,
      line,
      column: field.name,
      code: 'missing-column',
      level: 'error',
      message: say('requiredColumnMissing', `${field.label} (${field.name})`),
    });
  }
  const optional = absent.filter((f) => !f.required);
  if (optional.length > 0) {
    // A file that is not a county submission lacks nearly every column: name a few, count the rest.
    const named = optional.slice(0, 6).map((f) => `${f.label} (${f.name})`);
    const message = say(
      'columnsMissing',
      fields.length,
      optional.length,
      listOf(named),
      optional.length - named.length,
    );
    problems({ file, line, code: 'missing-column', level: 'notice', message });
  }
}

/**
 * A two-level header as merged cells export it: a column merged down over both levels (县市区,
 * 序号) has its text in the group row and a blank under it; the label row takes it from there.
 */
export function withGroupCells(
  labels: readonly string[],
  groups: readonly string[],
  lookup: ReadonlyMap<string, number>,
): string[] {
  return labels.map((label, i) => {
    if (label.trim() !== '') return label;
    const group = groups[i] ?? '';
    return group.trim() !== '' && (fieldOfHeader(group, lookup) !== undefined || headerKey(group) === '序号')
      ? group
      : label;
  });
}

/**
 * Whether `groups`, the line right above a header, is its upper level rather than a title: a
 * column label (县市区, 序号) stands in it over the header's blank (merged down, as CSV exports it),
 * or over the same label (merged down and filled, as a workbook is read).
 */
export function isUpperLevel(
  labels: readonly string[],
  groups: readonly string[],
  lookup: ReadonlyMap<string, number>,
): boolean {
  return groups.some((group, i) => {
    const text = group.trim();
    if (text === '' || (fieldOfHeader(group, lookup) === undefined && headerKey(group) !== '序号')) return false;
    const label = (labels[i] ?? '').trim();
    return label === '' || label === text;
  });
}
