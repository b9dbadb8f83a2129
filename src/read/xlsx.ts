// Opens an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice save it): its sheet list,
// shared strings and number formats; each sheet's rows are streamed by xlsx-sheet.ts.
import { DuibiaoError } from '../errors.js';
import { shapeOf, type NumberShape } from './excel-values.js';
import type { OpenedWorkbook, WorkbookSheet } from './workbook-types.js';
import { noRecords, sheetRecords, type SheetContext } from './xlsx-sheet.js';
import { readXmlPart } from './xml.js';
import { section } from '../words/words.js';
import { ZipFile, type ZipEntry } from './zip.js';

/** Shared strings are held in memory while the sheets are read: beyond this a file is refused. */
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;
const WORDS = section('workbook');

export async function openXlsx(file: string): Promise<OpenedWorkbook> {
  const zip = await ZipFile.open(file);
  try {
    const entry = (name: string): ZipEntry | undefined => zip.entries.get(name);
    const main = entry('xl/workbook.xml');
    if (!main) throw new DuibiaoError('format-error', WORDS.notReadable(file, WORDS.noWorkbookPart));
    const book = await workbookPart(zip, main, file);
    const targets = await relationships(zip, entry('xl/_rels/workbook.xml.rels'), file);
    const stringsEntry = entry('xl/sharedStrings.xml');
    if (stringsEntry && stringsEntry.size > MAX_SHARED_STRINGS_BYTES) {
      throw new DuibiaoError('workbook-too-large', WORDS.refused(file, WORDS.sharedStrings(stringsEntry.size)));
    }
    const context: SheetContext = {
      file,
      strings: stringsEntry ? await sharedStrings(zip, stringsEntry, file) : [],
      shapes: await styleShapes(zip, entry('xl/styles.xml'), file),
      date1904: book.date1904,
    };
    const sheets: WorkbookSheet[] = book.sheets.map(({ name, rel }) => {
      const target = targets.get(rel);
      const sheetEntry = target === undefined ? undefined : entry(target);
      return { name, records: () => (sheetEntry ? sheetRecords(zip, sheetEntry, context) : noRecords()) };
    });
    return { format: 'xlsx', sheets, close: () => zip.close() };
  } catch (error) {
    await zip.close();
    throw error;
  }
}

async function workbookPart(zip: ZipFile, entry: ZipEntry, file: string): Promise<{ sheets: { name: string; rel: string }[]; date1904: boolean }> {
  const sheets: { name: string; rel: string }[] = [];
  let date1904 = false;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      else if (name === 'sheet') sheets.push({ name: attributes.name ?? '', rel: attributes['r:id'] ?? relId(attributes) });
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** The relationship id of a sheet whose namespace prefix is not `r`. */
function relId(attributes: Readonly<Record<string, string>>): string {
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(':id')) return value;
  return '';
}

async function relationships(zip: ZipFile, entry: ZipEntry | undefined, file: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  if (!entry) return targets;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.Id === undefined || attributes.Target === undefined) return;
      const target = attributes.Target.replace(/\\/g, '/');
      targets.set(attributes.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
    close() {},
    text() {},
  });
  return targets;
}

/** The shared strings, each the text of its runs; phonetic guides (rPh) are not part of the text. */
async function sharedStrings(zip: ZipFile, entry: ZipEntry, file: string): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') strings.push(text);
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(part) {
      if (inText) text += part;
    },
  });
  return strings;
}

/** For each cell format (`s` of a cell), how it shows a number. */
async function styleShapes(zip: ZipFile, entry: ZipEntry | undefined, file: string): Promise<NumberShape[]> {
  const shapes: NumberShape[] = [];
  if (!entry) return shapes;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        shapes.push(shapeOf(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return shapes;
}
