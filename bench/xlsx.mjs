// Writes a county CSV file as the .xlsx Excel would save of it, for the benchmark: text as
// shared strings, numbers as numbers, dates as serials in a date cell, the change in prices
// as a fraction in a percent cell. Generated, never committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { zip } from '../scripts/zip-writer.mjs';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (index) =>
  (index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : '') + String.fromCharCode(65 + (index % 26));
const serial = (iso) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

export function csvToXlsx(csvFile, xlsxFile) {
  const [header, ...rows] = parse(readFileSync(csvFile), { bom: true, relax_column_count: true });
  const percent = header.indexOf('居民消费价格指数同比涨幅');
  const date = header.indexOf('填报日期');
  const strings = new Map();
  const shared = (text) => {
    let at = strings.get(text);
    if (at === undefined) strings.set(text, (at = strings.size));
    return at;
  };
  const cell = (text, c, r) => {
    const ref = `${column(c)}${r}`;
    if (text === '') return '';
    const plain = text.replace(/,/g, '');
    if (c === date && /^\d{4}-\d\d-\d\d$/.test(text)) return `<c r="${ref}" s="1"><v>${serial(text)}</v></c>`;
    if (c !== 1 && /^-?\d+(\.\d+)?$/.test(plain))
      return c === percent
        ? `<c r="${ref}" s="2"><v>${Number(plain) / 100}</v></c>`
        : `<c r="${ref}"><v>${Number(plain)}</v></c>`;
    return `<c r="${ref}" t="s"><v>${shared(text)}</v></c>`;
  };
  const body = [header, ...rows]
    .map((row, i) => `<row r="${i + 1}">${row.map((text, c) => cell(text, c, i + 1)).join('')}</row>`)
    .join('');
  const sheet = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${column(header.length - 1)}${rows.length + 1}"/><sheetData>${body}</sheetData></worksheet>`;
  const sst = `${XML}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((text) => `<si><t>${escape(text)}</t></si>`).join('')}</sst>`;
  const parts = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ],
    ['xl/sharedStrings.xml', sst],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  writeFileSync(xlsxFile, zip(parts.map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }))));
}
