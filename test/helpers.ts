// Builds rows the way the reader does, from the cells a county would type.
import type {
  CheckResult,
  Checked,
  FieldSpec,
  Problem,
  Row,
  RuleInfo,
  ShownVerdict,
  Verdict,
} from '../src/model/types.js';
import type { DuibiaoError, LocatedMessage } from '../src/errors.js';
import { shownIn, VerdictWords } from '../src/report/shown.js';
import { render, type Text } from '../src/words/message.js';
import { currentLang, type Lang } from '../src/words/words.js';
import { fieldLookup } from '../src/read/headers.js';
import { headerKey } from '../src/read/normalize.js';
import { RowBuilder } from '../src/read/row.js';
import { loadPack } from '../src/pack/files.js';
import { tableNamed, tablesOf } from '../src/model/tables.js';

export const builtin = await loadPack();

/** The table of each rule of the built-in pack (its yearly return, its monthly price subsidy), for the accounting. */
export const builtinTables = {
  tables: new Map(builtin.rules.map((rule) => [rule.id, tableNamed(builtin.fields, rule.table).id])),
  first: tablesOf(builtin.fields)[0]!.id,
  joins: new Map(builtin.rules.flatMap((rule) => (rule.join ? [[rule.id, rule.join.offset ?? 0] as const] : []))),
};

export function rowOf(
  cells: Record<string, string>,
  fields: readonly FieldSpec[] = builtin.fields,
  problems: Problem[] = [],
): Row {
  const lookup = fieldLookup(fields);
  const names = Object.keys(cells);
  const fieldOf = names.map((name) => lookup.get(headerKey(name)) ?? -1);
  return new RowBuilder(fields).build(Object.values(cells), fieldOf, 'county.csv', 7, (p) => problems.push(p));
}

export function cellOf(row: Row, name: string, fields: readonly FieldSpec[] = builtin.fields): Row['cells'][number] {
  return row.cells[fields.findIndex((f) => f.name === name)];
}

/** A check's result with its messages said, as a report is given it: in the language of the test, zh unless it chose another. */
export function shown(result: Checked, lang: Lang = currentLang()): CheckResult {
  return shownIn(result, lang);
}

/** A stop's located mistakes with their messages said. */
export function saidDetails(error: DuibiaoError, lang: Lang = currentLang()): (LocatedMessage & { message: string })[] {
  return error.details.map((detail) => ({ ...detail, message: render(detail.message, lang) }));
}

/** A text said in the language of the test. */
export function said(text: Text, lang: Lang = currentLang()): string {
  return render(text, lang);
}

/** A verdict as a report is given it, said in the language of the test. */
export function shownVerdict(
  verdict: Verdict,
  rules: readonly Pick<RuleInfo, 'id' | 'title'>[] = builtin.rules,
  lang: Lang = currentLang(),
): ShownVerdict {
  return new VerdictWords(lang, rules).copy(verdict);
}
