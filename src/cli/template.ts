// `duibiao template`: the blank form, as CSV to stdout or a file, or as a workbook to a file.
import { DuibiaoError } from '../errors.js';
import { templateCsv, templateXlsx } from './info.js';
import { writeText } from '../run/output.js';
import { section } from '../words/words.js';

export interface TemplateFlags {
  rules?: string;
  format: 'csv' | 'xlsx';
  output?: string;
  english?: boolean;
  /** A roster: one row pre-filled for each county. */
  counties?: string;
  /** The table of a pack of several whose form is written; the first by default. */
  table?: string;
}

export async function writeTemplate(flags: TemplateFlags): Promise<void> {
  if (flags.format === 'csv') {
    await writeText(await templateCsv(flags.rules, flags.english === true, flags.counties, flags.table), flags.output);
    return;
  }
  if (flags.output === undefined) throw new DuibiaoError('usage', section('usage').templateNeedsFile);
  await writeText(
    [Buffer.from(await templateXlsx(flags.rules, flags.table, flags.english === true, flags.counties))],
    flags.output,
  );
}
