// Writes small .xlsx workbooks for tests, part by part, as Excel lays them out: shared strings,
// styles with number formats, formulas with cached values; and damaged ones (zip bombs, a
// DOCTYPE) that no program would write. The zip writer (scripts/zip-writer.mjs) lets its sizes lie.
import { zip } from '../scripts/zip-writer.mjs';

/** A cell: text (shared string), a number, or a typed cell. */
export type TestCell =
  | string
  | number
  | null
  | { percent: number }
  | { date: number }
  | { bool: boolean }
  | { error: string }
  | { formula: string; value?: number; emptyValue?: boolean }
  | { inline: string }
  | { rich: string[]; phonetic?: string };

export interface TestSheet {
  name: string;
  rows: TestCell[][];
  /** Row numbers to use instead of 1, 2, 3 … (to leave gaps). */
  rowNumbers?: number[];
  /** Merged ranges (`A3:A4`), listed after the rows as Excel lists them. */
  merges?: string[];
  /** The sheet's state in the workbook. */
  state?: 'hidden' | 'veryHidden';
  /** The dimension to declare instead of the used range. */
  dimension?: string;
}

export interface WorkbookOptions {
  date1904?: boolean;
  /** Put this before the root element of the first sheet (a DOCTYPE, say). */
  sheetPrologue?: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The parts of a workbook, by path. */
export function workbookParts(sheets: TestSheet[], options: WorkbookOptions = {}): Map<string, string> {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (si: string): number => {
    let at = stringIndex.get(si);
    if (at === undefined) {
      at = strings.length;
      strings.push(si);
      stringIndex.set(si, at);
    }
    return at;
  };
  // Styles: 0 general, 1 percent (built-in 10, 0.00%), 2 date (custom yyyy"年"m"月"d"日").
  const cellXml = (cell: TestCell, ref: string): string => {
    if (cell === null) return '';
    if (typeof cell === 'string')
      return `<c r="${ref}" t="s"><v>${shared(`<t xml:space="preserve">${escape(cell)}</t>`)}</v></c>`;
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    if ('percent' in cell) return `<c r="${ref}" s="1"><v>${cell.percent}</v></c>`;
    if ('date' in cell) return `<c r="${ref}" s="2"><v>${cell.date}</v></c>`;
    if ('bool' in cell) return `<c r="${ref}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
    if ('error' in cell) return `<c r="${ref}" t="e"><f>1/0</f><v>${escape(cell.error)}</v></c>`;
    // A program that writes formulas without computing them leaves the value out, or empty (openpyxl).
    if ('formula' in cell)
      return `<c r="${ref}"><f>${escape(cell.formula)}</f>${cell.value === undefined ? (cell.emptyValue ? '<v></v>' : '') : `<v>${cell.value}</v>`}</c>`;
    if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell.inline)}</t></is></c>`;
    const runs = cell.rich.map((run, i) => `<r>${i === 0 ? '' : '<rPr><b/></rPr>'}<t>${escape(run)}</t></r>`).join('');
    const phonetic = cell.phonetic === undefined ? '' : `<rPh sb="0" eb="1"><t>${escape(cell.phonetic)}</t></rPh>`;
    return `<c r="${ref}" t="s"><v>${shared(runs + phonetic)}</v></c>`;
  };
  const parts = new Map<string, string>();
  sheets.forEach((sheet, s) => {
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    const last = sheet.rowNumbers?.[sheet.rowNumbers.length - 1] ?? sheet.rows.length;
    const rows = sheet.rows.map((row, r) => {
      const number = sheet.rowNumbers?.[r] ?? r + 1;
      return `<row r="${number}">${row.map((cell, c) => cellXml(cell, `${column(c)}${number}`)).join('')}</row>`;
    });
    const prologue = s === 0 ? (options.sheetPrologue ?? '') : '';
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '';
    const dimension = sheet.dimension ?? `A1:${column(width - 1)}${Math.max(last, 1)}`;
    parts.set(
      `xl/worksheets/sheet${s + 1}.xml`,
      `${XML}${prologue}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="${dimension}"/><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`,
    );
  });
  const sheetList = sheets
    .map(
      (sheet, s) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${s + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${s + 1}"/>`,
    )
    .join('');
  parts.set(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  parts.set(
    '_rels/.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`,
  );
  const rels = sheets
    .map((_, s) => `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`)
    .join('');
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  parts.set(
    'xl/styles.xml',
    `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="10" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  parts.set(
    'xl/sharedStrings.xml',
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((si) => `<si>${si}</si>`).join('')}</sst>`,
  );
  return parts;
}

export function writeWorkbook(sheets: TestSheet[], options: WorkbookOptions = {}): Buffer {
  return zip([...workbookParts(sheets, options)].map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}

import type { ZipItem } from '../scripts/zip-writer.mjs';
export { zip, type ZipItem } from '../scripts/zip-writer.mjs';

/**
 * A workbook's parts as zip items, the first sheet given 4 MiB more than the size its entry
 * declares: an entry that inflates past what it says, which every inflater must stop at.
 */
export function inflatingPastDeclared(parts: { name: string; data: Buffer }[]): ZipItem[] {
  return parts.map((item) =>
    item.name.endsWith('sheet1.xml')
      ? {
          ...item,
          data: Buffer.concat([item.data, Buffer.alloc(4 * 1024 * 1024, 0x20)]),
          declaredSize: item.data.length,
        }
      : item,
  );
}
