// How a statistical return is laid out around its data: which lines are titles, footers,
// aggregate rows or the header's own unit and column-number rows. Used on records of any source.
import { shownText } from '../fields/formula.js';
import { toHalfWidth } from './normalize.js';
import { listOf, say, type Text } from '../words/message.js';

/** The text of the first non-blank cell, trimmed; '' when the record is blank. */
export function firstText(record: readonly string[]): string {
  for (const cell of record) {
    const text = cell.trim();
    if (text !== '') return text;
  }
  return '';
}

// 填表人：张三  审核人：李四 / 填报日期：2023年1月5日 / 注：1. … / 说明：…
const FOOTER =
  /^(填表人|填报人|制表人|审核人|审核|审批人|负责人|单位负责人|统计负责人|分管领导|联系人|联系电话|填报日期|填表日期|报出日期|制表日期|说明|备注|注)\s*[:：]|^注\s*[0-9１-９]*\s*[、.．]/;

/** A line under the data that signs or annotates the return: recognisable by its first words. */
export function isFooter(record: readonly string[]): boolean {
  return FOOTER.test(firstText(record));
}

const AGGREGATE = /^(合计|总计|小计|全州合计|全市合计|.*合计|.*小计)$/;

/** What an aggregate row sums: a 小计 the county rows since the last subtotal, any other all of them. */
export type AggregateKind = 'subtotal' | 'total';

/** The kind of aggregate a county cell names (合计, 总计, 小计, 全州合计, … 小计), or undefined for a county. */
export function aggregateKind(countyText: string): AggregateKind | undefined {
  const text = toHalfWidth(countyText).replace(/\s+/g, '');
  if (!AGGREGATE.test(text)) return undefined;
  return text.endsWith('小计') ? 'subtotal' : 'total';
}

// A county's name: a county (县), a county-level city (市), a district (区) or a banner (旗).
const COUNTY_NAME = /(县|市|区|旗)$/;

const NO_COUNTIES: ReadonlySet<string> = new Set();

/**
 * Whether a row breaks the row above down rather than being a county: its label begins with 其中
 * (其中：城市, 其中:农村), or it stands under a county (or under another such row) with its label
 * indented and is no county's name: neither a listed county (`listed`, the roster's names with
 * --counties: 青岚, indented, is the county 青岚) nor a name ending in 县, 市, 区 or 旗 (云溪县,
 * indented, is still 云溪县).
 */
export function isBreakdown(
  countyText: string,
  underCounty: boolean,
  listed: ReadonlySet<string> = NO_COUNTIES,
): boolean {
  // Most rows: a name flush left that is no 其中, told by its first character.
  const first = countyText.charCodeAt(0);
  if (first !== 0x5176 && first > 0x20 && first !== 0x3000 && first !== 0xa0) return false;
  const folded = toHalfWidth(countyText);
  const text = folded.trim();
  if (text.startsWith('其中')) return true;
  return (
    underCounty &&
    text !== '' &&
    /^\s/.test(folded) &&
    !COUNTY_NAME.test(text) &&
    !listed.has(text) &&
    aggregateKind(text) === undefined
  );
}

// The column-number row of a Chinese statistical table: 甲, 乙, 丙 over the text columns, 1, 2, 3 over the rest.
const COLUMN_LETTER = /^(甲|乙|丙|丁|栏次)$/;
const UNIT =
  /^[(（]?(单位[:：]?)?(个|人|户|家|所|处|起|次|月|年|元|万元|亿元|元\/人·月|元\/人\/月|%|％|是\/否|名|张|座|项)[)）]?$/;

/**
 * A line right under the header that belongs to it: its units (（人）, 个, 万元) or its column
 * numbers (甲, 乙, 1, 2, …, numbered one after another). Every non-blank cell must be one, and at
 * least two must be filled: a county row, whose figures are not 1, 2, 3 in turn, never is.
 */
export function isHeaderCompanion(record: readonly string[]): boolean {
  let filled = 0;
  let last: number | undefined;
  for (const cell of record) {
    const text = toHalfWidth(cell).replace(/\s+/g, '');
    if (text === '') continue;
    filled++;
    if (COLUMN_LETTER.test(text) || UNIT.test(text)) continue;
    if (!/^\d{1,3}$/.test(text)) return false;
    const number = Number(text);
    if (last !== undefined && number !== last + 1) return false;
    last = number;
  }
  return filled >= 2;
}

/** Lines as a reader names them: `3`, `3–5`, `3、7、9`, the list cut at a few. */
export function lineList(lines: readonly number[]): Text {
  if (lines.length === 0) return '';
  const contiguous = lines.every((line, i) => i === 0 || line === lines[i - 1]! + 1);
  if (contiguous && lines.length > 2) return say('lineRange', lines[0]!, lines[lines.length - 1]!);
  return say('lineSome', listOf(lines.slice(0, 8).map(String)), lines.length > 8 ? lines.length : 0);
}

/** A cell's text as a notice quotes it: one line, at most 30 characters. */
export function quoted(text: string): Text {
  // Damaged text is never shown.
  if (text.includes('\uFFFD')) return say('quotedDamaged');
  const line = shownText(text).replace(/\s+/g, ' ').trim();
  return `'${line.length > 30 ? `${line.slice(0, 30)}…` : line}'`;
}

/** Excel's merged title row: one cell of text and nothing else, naming no column. */
export function isOneCellTitle(record: readonly string[]): boolean {
  const filled = record.filter((cell) => cell.trim() !== '');
  // Damaged text is no title: as a header it is reported as an encoding error, never shown.
  return filled.length === 1 && record.length >= 2 && !filled[0]!.includes('\uFFFD');
}
