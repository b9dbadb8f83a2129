// What the fixture scripts share: the 8-county sample read as rows, the cells of LibreOffice's flat
// XML (.fods) that they write their returns in, and LibreOffice's conversion of a file to a workbook.
// The scripts run only by hand, to remake checked-in workbooks (CI has no LibreOffice).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixtures folder, as a path on this system (Windows too). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A new scratch folder for LibreOffice's input and output. */
export const scratch = (name) => mkdtempSync(join(tmpdir(), `duibiao-${name}-`));

/** The 8-county sample as its labels and rows of cells (the file has a BOM and CRLF line ends). */
export function readSample() {
  const [labels, ...rows] = readFileSync(join(FIXTURES, 'sample-prefecture-2022.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  return { labels, rows };
}

/**
 * Has LibreOffice save `file` in the format `to` into `folder`; `filter` names the input filter
 * and its options, e.g. 'CSV:44,34,76,1' (comma-separated, double quotes, UTF-8, from line 1).
 */
export function convert(file, to, folder, filter) {
  execFileSync(
    'soffice',
    ['--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', to, '--outdir', folder, file],
    { stdio: 'ignore' },
  );
}

/** Moves what `convert` wrote, `name.to` in `from`, into the folder `into`. */
export const keep = (from, name, to, into) => renameSync(join(from, `${name}.${to}`), join(into, `${name}.${to}`));

const xml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A text cell; `attributes` (with a leading space) merge it, e.g. ' table:number-rows-spanned="2"'. */
export const text = (value, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${xml(value)}</text:p></table:table-cell>`;

export const number = (value) =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;

export const blank = '<table:table-cell/>';

/** The `n` cells a merged range covers, beside its first. */
export const covered = (n = 1) =>
  n > 0 ? `<table:covered-table-cell${n > 1 ? ` table:number-columns-repeated="${n}"` : ''}/>` : '';

export const row = (cells) => `<table:table-row>${cells}</table:table-row>`;

/** The spreadsheet column letter of a 0-based index (A … ZZ). */
export const letter = (index) =>
  (index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : '') + String.fromCharCode(65 + (index % 26));

/** The sample's columns that a return keeps as text, whatever they hold. */
export const TEXT_COLUMNS = new Set(['县市区', '行政区划代码', '填报日期']);

/** A sample value as an office types it: text in the text columns and for 是/否, else a number. */
export const cellOf = (label, value) =>
  value === '' ? blank : TEXT_COLUMNS.has(label) || /^[是否]$/.test(value) ? text(value) : number(value);

/** The styles that show and hide a sheet. */
export const SHEET_STYLES = `<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>`;

/** A whole flat-XML workbook around its sheets (`<table:table>` elements) and automatic styles. */
export const document = (sheets, styles = '') => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
${styles ? `<office:automatic-styles>\n${styles}\n</office:automatic-styles>\n` : ''}<office:body><office:spreadsheet>
${sheets}
</office:spreadsheet></office:body></office:document>
`;
