// `duibiao template`: the blank form, as CSV to stdout or a file, or as a workbook to a file.
import { DuibiaoError } from '../errors.js';
import { writeText } from '../run/output.js';
import { ruleColumns } from '../pack/columns.js';
import { openPack } from '../pack/open.js';
import type { Pack } from '../pack/pack.js';
import type { RuleSpec } from '../pack/schema.js';
import { closest } from '../pack/suggest.js';
import { tableNamed, tablesOf } from '../model/tables.js';
import type { FieldSpec } from '../model/types.js';
import { currentLang, section } from '../words/words.js';

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

/**
 * The form of one table of the pack: its columns, and the rules that judge its rows. A pack of
 * several tables (a yearly and a monthly return) has a form for each, the first by default: a
 * file holding every table's period column would be a file of no table.
 */
function formOf(pack: Pack, table: string | undefined): { fields: readonly FieldSpec[]; rules: readonly RuleSpec[] } {
  const tables = tablesOf(pack.fields);
  const chosen = table === undefined ? tables[0]! : tables.find((t) => t.id === table);
  if (!chosen) {
    const known = tables.map((t) => t.id);
    throw new DuibiaoError('usage', section('usage').unknownTable(table!, known.join(', '), closest(table!, known)));
  }
  return { fields: chosen.fields, rules: pack.rules.filter((rule) => tableNamed(pack.fields, rule.table) === chosen) };
}

/** The roster a template is pre-filled from (`--counties`), when one is given: only for a form with a county column. */
async function rosterOf(
  countiesFile: string | undefined,
  pack: Pack,
  fields: readonly FieldSpec[],
  table: string | undefined,
) {
  if (countiesFile === undefined) return undefined;
  if (!fields.some((field) => field.name === 'county'))
    throw new DuibiaoError(
      'usage',
      section('usage').templateCountiesWithoutCounty(table ?? tablesOf(pack.fields)[0]!.id),
    );
  return (await import('../roster/read.js')).readRoster(countiesFile, pack.fields);
}

export async function templateCsv(
  rulesFile: string | undefined,
  english: boolean,
  countiesFile?: string,
  table?: string,
): Promise<string> {
  const pack = await openPack(rulesFile, currentLang());
  const { fields } = formOf(pack, table);
  const header = fields.map((f) => csvCell(english ? f.name : f.label)).join(',');
  const roster = await rosterOf(countiesFile, pack, fields, table);
  // One row per expected county, its name and code filled in, every other cell left for the county.
  const rows = (roster?.entries ?? []).map((entry) =>
    fields
      .map((f) =>
        f.name === 'county'
          ? csvCell(entry.county)
          : f.name === 'county_code' && entry.code !== undefined
            ? csvCell(entry.code)
            : '',
      )
      .join(','),
  );
  // A BOM so that Excel opens the Chinese headers as UTF-8.
  return `\uFEFF${[header, ...rows].map((line) => `${line}\r\n`).join('')}`;
}

/** The blank form as a workbook whose columns refuse what the pack would not read; `--english` and `--counties` as for the CSV. */
export async function templateXlsx(
  rulesFile: string | undefined,
  table?: string,
  english = false,
  countiesFile?: string,
): Promise<Uint8Array> {
  const pack = await openPack(rulesFile, currentLang());
  const form = formOf(pack, table);
  const roster = await rosterOf(countiesFile, pack, form.fields, table);
  const rules = form.rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    paragraph: rule.paragraph,
    quote: rule.quote,
    columns: ruleColumns(rule, pack.fields),
  }));
  return (await import('../report/xlsx/template.js')).templateXlsx(form.fields, rules, {
    english,
    counties: roster?.entries ?? [],
  });
}

function csvCell(raw: string): string {
  // Text from a roster: no control character, and nothing Excel would run as a formula.
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  const text = /^[=+\-@＝＋－＠]/.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
