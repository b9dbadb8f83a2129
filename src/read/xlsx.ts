// Opens an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice save it): its sheet list,
// shared strings and number formats; each sheet's rows are streamed by xlsx-sheet.ts.
import { DuibiaoError } from '../errors.js';
import { shapeOf, type NumberShape } from './excel-values.js';
import type { OpenedWorkbook, WorkbookSheet } from './workbook-types.js';
import { noRecords, sheetRecords, type SheetContext } from './xlsx-sheet.js';
import { readXmlPart } from './xml.js';
import { InflateBudget, ZIP_LIMITS, ZipFile, type ZipEntry } from './zip.js';
import { visible } from '../model/visible.js';
import type { InputHost } from './input-bytes.js';
import { say } from '../words/message.js';
import { countRead, countWorkbook } from './read-meter.js';

/** Shared strings are held in memory while the sheets are read: beyond this a file is refused. */
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

/** `budget`: the inflated bytes the run may still read, shared by its workbooks. */
export async function openXlsx(file: string, host: InputHost, budget = new InflateBudget()): Promise<OpenedWorkbook> {
  const zip = await ZipFile.open(file, host, budget);
  try {
    const entry = (name: string): ZipEntry | undefined => zip.entries.get(name);
    const main = entry('xl/workbook.xml');
    if (!main)
      throw new DuibiaoError('format-error', say('workbook.notReadable', file, say('workbook.noWorkbookPart')));
    const book = await workbookPart(zip, main, file);
    const targets = await relationships(zip, entry('xl/_rels/workbook.xml.rels'), file);
    const stringsEntry = entry('xl/sharedStrings.xml');
    if (stringsEntry && stringsEntry.size > MAX_SHARED_STRINGS_BYTES) {
      throw new DuibiaoError(
        'workbook-too-large',
        say('workbook.refused', file, say('workbook.sharedStrings', stringsEntry.size)),
      );
    }
    const context: Omit<SheetContext, 'sheet'> = {
      file,
      strings: stringsEntry ? await sharedStrings(zip, stringsEntry, file) : [],
      shapes: await styleShapes(zip, entry('xl/styles.xml'), file),
      date1904: book.date1904,
    };
    let sheetBytes = 0;
    let parsed = 0;
    const counted = (bytes: number): void => {
      const taken = Math.min(bytes, sheetBytes - parsed);
      parsed += taken;
      countRead(taken);
    };
    // Each part is read at most once: two sheets of one part are a file no program writes.
    const owners = new Map<string, string>();
    const sheets: WorkbookSheet[] = book.sheets.map(({ name, rel, hidden }) => {
      const target = targets.get(rel);
      const sheetEntry = target === undefined ? undefined : entry(target);
      if (sheetEntry) {
        const owner = owners.get(sheetEntry.name);
        if (owner !== undefined)
          throw new DuibiaoError(
            'format-error',
            say(
              'workbook.notReadable',
              file,
              say('workbook.sharedPart', visible(owner), visible(name), visible(sheetEntry.name)),
            ),
          );
        owners.set(sheetEntry.name, name);
      }
      return {
        name,
        hidden,
        records: () =>
          sheetEntry ? sheetRecords(zip, sheetEntry, { ...context, sheet: name, parsed: counted }) : noRecords(),
      };
    });
    // The progress line's share (read-meter.ts): the sheets' XML as it is parsed, against its size;
    // what was not read (a sheet left out, or read only as far as its header) counts once the book is closed.
    for (const name of owners.keys()) sheetBytes += entry(name)?.size ?? 0;
    countWorkbook(sheetBytes);
    return {
      format: 'xlsx',
      sheets,
      close: async () => {
        counted(sheetBytes - parsed);
        await zip.close();
      },
    };
  } catch (error) {
    await zip.close();
    throw error;
  }
}

interface ListedSheet {
  name: string;
  rel: string;
  hidden: boolean;
}

async function workbookPart(
  zip: ZipFile,
  entry: ZipEntry,
  file: string,
): Promise<{ sheets: ListedSheet[]; date1904: boolean }> {
  const sheets: ListedSheet[] = [];
  let date1904 = false;
  await readXmlPart(zip.stream(entry), file, entry.name, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      else if (name === 'sheet') {
        // No workbook has more sheets than a zip may hold parts.
        if (sheets.length >= ZIP_LIMITS.entries)
          throw new DuibiaoError(
            'workbook-too-large',
            say('workbook.refused', file, say('workbook.sheetCount', ZIP_LIMITS.entries)),
          );
        sheets.push({
          name: attributes.name ?? '',
          rel: attributes['r:id'] ?? relId(attributes),
          hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden',
        });
      }
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
