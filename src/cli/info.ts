// `duibiao rules` and `explain`: what the pack holds, in words.
import { DuibiaoError } from '../errors.js';
import { ruleColumns } from '../pack/columns.js';
import { labelIn } from '../pack/language.js';
import { openPack } from '../pack/open.js';
import type { Pack } from '../pack/pack.js';
import type { RuleSpec } from '../pack/schema.js';
import { closest } from '../pack/suggest.js';
import { measureKindOf } from '../measures/index.js';
import { sayExpression } from '../measures/expression.js';
import { readRegular } from '../read/regular-file.js';
import { displayWidth } from '../report/layout.js';
import { currentLang, words } from '../words/words.js';
import { render } from '../words/message.js';
import type { FieldSpec } from '../model/types.js';

export function describeTarget(rule: RuleSpec, fields: readonly FieldSpec[]): string {
  const w = words();
  const m = rule.measure;
  const kind = measureKindOf(m);
  // Each column by its label in the run's language; its name is an id, shown only where a header may use it.
  const byName = new Map(fields.map((field) => [field.name, field]));
  const label = (column: string): string => {
    const field = byName.get(column);
    return field ? labelIn(field, currentLang()) : column;
  };
  const what = render(kind.describe(m, label), currentLang());
  const t = rule.target;
  const one = (value: number | string): string =>
    typeof value === 'number' && kind.fractionGoal ? `${Math.round(value * 1e6) / 1e4}%` : String(value);
  const goal =
    'column' in t
      ? label(t.column)
      : typeof t.value === 'boolean'
        ? t.value
          ? w.yes
          : w.no
        : Array.isArray(t.value)
          ? byPeriodText(t.value, one)
          : one(t.value);
  const due = rule.due === 'year-end' ? w.targetYearEnd : rule.due === 'period-end' ? w.targetPeriodEnd : rule.due;
  const when = [due ? w.targetDue(due) : '', rule.years ? w.targetYears(rule.years.from, rule.years.to) : '']
    .filter(Boolean)
    .join(w.targetJoin);
  const dueText = when ? ` (${when})` : '';
  // A condition measured against yes is said alone: `实发放人数 = 应发放人数 且 应发放人数 > 0`.
  if (m.kind === 'expression' && 'value' in t && typeof t.value === 'boolean' && t.op === '=')
    return `${t.value ? what : `${w.exprNot} (${what})`}${dueText}`;
  return `${what} ${t.op === '>=' ? '≥' : t.op === '<=' ? '≤' : '='} ${goal}${dueText}`;
}

/** Values by period range as a person reads them: `2022-08–2023-02: 3.0%; otherwise 3.5%`. */
function byPeriodText(
  ranges: readonly { from?: number | string | undefined; to?: number | string | undefined; value: number | string }[],
  one: (value: number | string) => string,
): string {
  const w = words();
  return ranges
    .map((range) =>
      range.from === undefined && range.to === undefined
        ? w.otherwise(one(range.value))
        : `${range.from ?? '…'}–${range.to ?? '…'}: ${one(range.value)}`,
    )
    .join(w.rangeJoin);
}

/** A rule's condition and the thresholds it reads, for `explain`: none when it has no condition. Columns by their labels, thresholds by name. */
function describeCondition(rule: RuleSpec, fields: readonly FieldSpec[]): string | undefined {
  if (rule.when === undefined) return undefined;
  const thresholds = Object.entries(rule.thresholds ?? {}).map(
    ([name, value]) => `${name} = ${Array.isArray(value) ? byPeriodText(value, String) : String(value)}`,
  );
  const byName = new Map(fields.map((field) => [field.name, field]));
  const when = render(
    sayExpression(rule.when, (name) => {
      const field = byName.get(name);
      return field ? labelIn(field, currentLang()) : name;
    }),
    currentLang(),
  );
  return thresholds.length === 0 ? when : `${when} (${thresholds.join(words().targetJoin)})`;
}

export async function listRules(rulesFile: string | undefined): Promise<string> {
  const pack = await openPack(rulesFile, currentLang());
  const w = words();
  const lines = [w.rulesHeading(pack.title, pack.id, pack.rules.length), ''];
  for (const rule of pack.rules) {
    lines.push(
      `${rule.id}  [${w.ruleSeverity[rule.severity]}]  ${rule.title}`,
      `    ${w.rulesTarget}: ${describeTarget(rule, pack.fields)}`,
      `    ${w.rulesSource}: ¶${rule.paragraph} “${rule.quote}”`,
      '',
    );
  }
  return lines.join('\n');
}

export async function explainRule(id: string, rulesFile: string | undefined): Promise<string> {
  const pack = await openPack(rulesFile, currentLang());
  const rule = pack.rules.find((r) => r.id === id);
  if (!rule) {
    const guess = closest(
      id,
      pack.rules.map((r) => r.id),
    );
    throw new DuibiaoError('unknown-rule', words().unknownRule(id, pack.id, guess));
  }
  const w = words();
  const fields = new Map(pack.fields.map((f) => [f.name, f]));
  const columns = ruleColumns(rule, pack.fields).map((name) => {
    const f = fields.get(name)!;
    const type = w.fieldType[f.type] ?? f.type;
    // The label is what a header may say; the run's language's label, where it differs, says what the column is.
    const shown = labelIn(f, currentLang());
    return `  ${f.name}  ${f.label}${shown === f.label ? '' : ` — ${shown}`}  ${w.columnKind(type, f.unit)}`;
  });
  const condition = describeCondition(rule, pack.fields);
  const heads = [
    w.explainSeverity,
    w.rulesTarget,
    w.explainMeaning,
    ...(condition === undefined ? [] : [w.explainWhen]),
    ...(rule.join === undefined ? [] : [w.explainJoin]),
  ];
  const width = Math.max(...heads.map(displayWidth)) + 2;
  const head = (text: string) => `${text}:${' '.repeat(width - displayWidth(text) - 1)}`;
  return [
    `${rule.id}  ${rule.title}`,
    `${head(w.explainSeverity)}${w.ruleSeverity[rule.severity]}`,
    `${head(w.rulesTarget)}${describeTarget(rule, pack.fields)}`,
    ...(condition === undefined ? [] : [`${head(w.explainWhen)}${condition}`]),
    ...(rule.join === undefined
      ? []
      : [`${head(w.explainJoin)}${w.joinedRow(rule.join.table, rule.join.offset ?? 0)}`]),
    ...(rule.description ? [`${head(w.explainMeaning)}${rule.description}`] : []),
    '',
    w.explainSpeech(rule.paragraph),
    `  “${rule.quote}”`,
    ...(await speechContext(pack, rule)),
    '',
    w.explainColumns,
    ...columns,
    '',
  ].join('\n');
}

/** Confirms the quote stands verbatim in the speech the pack names. */
async function speechContext(pack: Pack, rule: RuleSpec): Promise<string[]> {
  if (!pack.sourceFile) return [];
  const text = await readRegular(pack.sourceFile).then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
  if (text === undefined) return [`  ${words().sourceUnreadable(pack.sourceFile)}`];
  const paragraph = text.split(/\r?\n/)[rule.paragraph - 1] ?? '';
  return paragraph.includes(rule.quote) ? [] : [`  ${words().quoteNotFound(rule.paragraph, pack.sourceFile)}`];
}
